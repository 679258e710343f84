/** Embed codes, built from SITE_URL at build time so they work on any host. */
import type { ChartName } from '../charts/chart.ts';
import { absoluteUrl } from '../site.ts';

/**
 * The height an iframe gets before (or without) our script: the embed page's full height at
 * 320 px wide, so nothing is cut off on the narrowest phones. A browser test keeps these true.
 */
export const FALLBACK_HEIGHTS: Record<ChartName, number> = {
	timeline: 1300,
	revenue: 1100,
	'controls-map': 1330
};

export interface EmbedCode {
	url: string;
	title: string;
	height: number;
	html: string;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The iframe and loader snippet a newsroom pastes into its article. */
export function embedCode(name: ChartName, title: string): EmbedCode {
	const url = absoluteUrl(`/embed/${name}/`);
	const height = FALLBACK_HEIGHTS[name];
	const html =
		`<iframe src="${url}" title="${escapeAttribute(title)}" data-micron-embed width="100%" height="${height}" ` +
		`style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n` +
		`<script src="${absoluteUrl('/embed.js')}" async></script>`;
	return { url, title, height, html };
}
