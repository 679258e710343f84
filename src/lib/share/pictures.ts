/**
 * The pictures of every chart state that the build draws (scripts/pictures.js), by their stable
 * addresses: /images/<chart>/<state>.png (1200 CSS px wide, at 2x), <state>-narrow.png (375 px,
 * at 2x) and <state>.svg.
 */
import { absoluteUrl } from '../site.ts';

export type PictureFormat = 'png' | 'narrow' | 'svg';

/** Pixel widths of the two PNGs, for `srcset`. */
export const PICTURE_WIDTHS = { png: 2400, narrow: 750 } as const;

/** A picture's path under the site, e.g. `/images/timeline/ban-narrow.png`. */
export function picturePath(chart: string, state: string, format: PictureFormat): string {
	const file = format === 'narrow' ? `${state}-narrow.png` : `${state}.${format}`;
	return `/images/${chart}/${file}`;
}

/** The same, absolute, for other sites: oEmbed, embed codes. */
export function pictureUrl(chart: string, state: string, format: PictureFormat = 'png'): string {
	return absoluteUrl(picturePath(chart, state, format));
}
