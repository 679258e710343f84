/** What the chart tests share: the real content, loaded and built once, and a reader for inline styles. */
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { readDataFiles } from '../../../src/lib/build/dataset/read';
import { loadSite } from '../../../src/lib/build/site';
import { frameContext } from '../../../src/lib/frame';

export const site = loadSite();
export const { dataset, charts } = site;
export const { articles } = readDataFiles('data');

/** A component rendered on the server as a page renders it: with the frame's words in context. */
export function renderWithFrame<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): { body: string } {
	return render(component, { props, context: frameContext(site.frame) });
}

/** An element's inline declarations as a map: `--x-overview:10%;left:5%` → { '--x-overview': '10%', left: '5%' }. */
export function declarations(style: string): Record<string, string> {
	return Object.fromEntries(
		style
			.split(';')
			.filter(Boolean)
			.map((part) => {
				const at = part.indexOf(':');
				return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
			})
	);
}

/** How many times `pattern` matches in `html`. */
export const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
