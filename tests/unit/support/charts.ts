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

/** How many times `pattern` matches in `html`. */
export const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
