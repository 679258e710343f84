/** oEmbed 1.0 "rich" responses for the embeds, so CMSs that speak oEmbed can take our charts. */
import type { ChartName } from '../charts/chart.ts';
import { CARD_SIZE, cardUrl } from '../share/cards.ts';
import { absoluteUrl } from '../site.ts';
import { embedCode } from './snippet.ts';

export const PROVIDER_NAME = 'China’s ban on Micron: an explainer';
/** The width the embed is designed to fill at most; it sizes itself to any narrower column. */
export const EMBED_WIDTH = 720;

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

export function oembed(name: ChartName, title: string): OEmbed {
	const code = embedCode(name, title);
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: PROVIDER_NAME,
		provider_url: absoluteUrl('/'),
		html: code.html,
		width: EMBED_WIDTH,
		height: code.height,
		thumbnail_url: cardUrl(name),
		thumbnail_width: CARD_SIZE.width,
		thumbnail_height: CARD_SIZE.height
	};
}

export function oembedUrl(name: ChartName): string {
	return absoluteUrl(`/embed/${name}/oembed.json`);
}
