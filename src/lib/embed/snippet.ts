/** Embed codes, built from SITE_URL at build time so they work on any host. */
import type { ChartName } from '../charts/chart.ts';
import { pictureUrl } from '../share/pictures.ts';
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
	height: number;
	/** The iframe and its loader, with a linked picture for hosts that run no script. */
	html: string;
	/** The picture alone, linked to the chart's section: for apps, feeds and newsletters. */
	image: string;
}

const escapeAttribute = (value: string) =>
	value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The codes a newsroom pastes into its article, for the chart opening in `state`. The picture
 * is that state's, 1200 px wide, described by the state's text alternative.
 */
export function embedCode(
	name: ChartName,
	{ title, alt, state }: { title: string; alt: string; state: string }
): EmbedCode {
	const url = absoluteUrl(`/embed/${name}/`);
	const height = FALLBACK_HEIGHTS[name];
	const image =
		`<a href="${absoluteUrl(`/share/${name}/`)}"><img src="${pictureUrl(name, state)}" ` +
		`alt="${escapeAttribute(alt)}" width="1200" style="max-width:100%;height:auto"></a>`;
	const html =
		`<iframe src="${url}" title="${escapeAttribute(title)}" data-micron-embed width="100%" height="${height}" ` +
		`style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n` +
		`<script src="${absoluteUrl('/embed.js')}" async></script>\n` +
		`<noscript>${image}</noscript>`;
	return { url, height, html, image };
}
