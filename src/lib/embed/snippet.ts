/** Embed codes, built from SITE_URL at build time so they work on any host. */
import type { ChartMeta } from '../charts/chart.ts';
import { pictureUrl } from '../share/pictures.ts';
import { absoluteUrl } from '../site.ts';

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
 * The codes a newsroom pastes into its article, for the chart opening in `state` (its key
 * state unless said). The picture is that state's, 1200 px wide, described by its text
 * alternative; the iframe starts at the chart's fallback height (`embedHeight`).
 */
export function embedCode(
	meta: Pick<ChartMeta, 'name' | 'title' | 'states' | 'keyState' | 'embedHeight'>,
	state = meta.keyState
): EmbedCode {
	const url = absoluteUrl(`/embed/${meta.name}/`);
	const height = meta.embedHeight;
	const alt = meta.states.find((s) => s.id === state)?.alt ?? meta.title;
	const image =
		`<a href="${absoluteUrl(`/share/${meta.name}/`)}"><img src="${pictureUrl(meta.name, state)}" ` +
		`alt="${escapeAttribute(alt)}" width="1200" style="max-width:100%;height:auto"></a>`;
	const html =
		`<iframe src="${url}" title="${escapeAttribute(meta.title)}" data-micron-embed width="100%" height="${height}" ` +
		`style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n` +
		`<script src="${absoluteUrl('/embed.js')}" async></script>\n` +
		`<noscript>${image}</noscript>`;
	return { url, height, html, image };
}
