/** What the chart tests share: the real content, loaded and built once, and a reader for inline styles. */
import { readDataFiles } from '../../../src/lib/build/dataset/read';
import { loadSite } from '../../../src/lib/build/site';

export const site = loadSite();
export const { dataset, charts } = site;
export const { articles } = readDataFiles('data');

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
