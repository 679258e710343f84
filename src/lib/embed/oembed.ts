/** oEmbed 1.0 "rich" responses for the embeds, so CMSs that speak oEmbed can take our charts. */
import type { ChartMeta } from '../charts/chart.ts';
import { PICTURE_WIDTHS, pictureUrl } from '../share/pictures.ts';
import { absoluteUrl } from '../site.ts';
import { embedCode } from './snippet.ts';

/** The width the embed is designed to fill at most; it sizes itself to any narrower column. */
const EMBED_WIDTH = 720;

export interface OEmbed {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/**
 * The response for a chart. Its thumbnail is the picture of the chart's key state. The build's
 * picture step (scripts/pictures.js) writes in that picture's size once it is drawn, and the
 * height the embed page really has at EMBED_WIDTH, measured in Chromium (here, until then, the
 * fallback height, which is for 320 px).
 */
export function oembed(meta: ChartMeta, provider: string): OEmbed {
	const code = embedCode(meta);
	return {
		type: 'rich',
		version: '1.0',
		title: meta.title,
		provider_name: provider,
		provider_url: absoluteUrl('/'),
		html: code.html,
		width: EMBED_WIDTH,
		height: code.height,
		thumbnail_url: pictureUrl(meta.name, meta.keyState),
		thumbnail_width: PICTURE_WIDTHS.png,
		thumbnail_height: Math.round(PICTURE_WIDTHS.png / 2)
	};
}

export function oembedUrl(name: string): string {
	return absoluteUrl(`/embed/${name}/oembed.json`);
}
