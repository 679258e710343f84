/**
 * The vocabulary of map labels, shared by the build-time placement (layout.ts) and the
 * layers that draw the result: width classes, pixel sizes, windows, placements. Client-safe.
 *
 * Labels are HTML in pixels while the map zooms in map units, so a placement is computed for
 * each width class; the layers pick one with container queries, whose breakpoints must match
 * `minWidth` here.
 */
import type { Bounds, Point } from './shapes.ts';

/** Container width classes: the narrowest width of each is the one laid out for. */
export const LAYOUTS = [
	{
		id: 'narrow',
		minWidth: 288,
		fontPx: 13,
		heightPx: 26,
		shortNames: true,
		supportingText: false
	},
	{
		id: 'medium',
		minWidth: 560,
		fontPx: 13,
		heightPx: 26,
		shortNames: false,
		supportingText: true
	},
	{ id: 'wide', minWidth: 880, fontPx: 14, heightPx: 28, shortNames: false, supportingText: true }
] as const;
export type LayoutId = (typeof LAYOUTS)[number]['id'];
export type Layout = (typeof LAYOUTS)[number];

/** The part of the map in view: x, y, width, height in map units. */
export type MapWindow = [x: number, y: number, width: number, height: number];

/** Off-window countries point the way: one of eight arrows. */
export const ARROWS = ['→', '↘', '↓', '↙', '←', '↖', '↑', '↗'] as const;
export type Arrow = (typeof ARROWS)[number];

export interface LabelRequest {
	code: string;
	name: string;
	/** What a narrow layout shows instead of a long name ("US"). */
	shortName: string;
	anchor: Point;
	/** Other points well inside the country (in view) where its label may sit instead. */
	spots: Point[];
	/** The country's main landmass. */
	main: Bounds;
	/** Emphasised countries are placed first and get their name in text wherever it fits. */
	emphasised: boolean;
	/** A supporting part (the G7 partners): on narrow maps named in text only on the country. */
	supporting: boolean;
}

export interface Placement {
	/** Centre of the button, in map units. */
	x: number;
	y: number;
	/** `text` shows the name; `dot` is a round 24px button that shows it on hover or focus. */
	mode: 'text' | 'dot';
	/** A line from the anchor to the button, when the button is not on the country. */
	leader: boolean;
	/** A dot on the anchor, where the country is too small to see or the label is away from it. */
	marker: boolean;
}

/** Pixel sizes shared with the candidates and the layers' CSS. */
export const PX = {
	dot: 24,
	/** Space kept between two buttons, and between a button and the window's edge. */
	gap: 4,
	/** Below this size on screen a country gets a marker and its label goes beside it. */
	small: 28,
	marker: 10,
	/** Small countries closer than this share a row of labels. */
	cluster: 22,
	/** Step of searches along an edge or over the window. */
	grid: 6
} as const;

/** Width in pixels of a text label, erring wide (system UI fonts average ~0.55em). */
export function textWidthPx(text: string, layout: Layout): number {
	return Math.ceil(text.length * 0.6 * layout.fontPx) + 16;
}

/** The arrow pointing from the window's centre towards `point`. */
export function arrowTowards([x, y]: Point, [wx, wy, ww, wh]: MapWindow): Arrow {
	const angle = Math.atan2(y - (wy + wh / 2), x - (wx + ww / 2));
	return ARROWS[(Math.round(angle / (Math.PI / 4)) + 8) % 8] as Arrow;
}

/** Whether a point is in the window, and not on its very edge (2% of its width in). */
export function isInWindow([x, y]: Point, [wx, wy, ww, wh]: MapWindow): boolean {
	const inset = ww * 0.02;
	return x >= wx + inset && x <= wx + ww - inset && y >= wy + inset && y <= wy + wh - inset;
}

/** The text a label shows: the name, with an arrow when the country is beyond the window. */
export function labelText(name: string, arrow: Arrow | null): string {
	return arrow ? `${arrow} ${name}` : name;
}

export const boxAt = ([x, y]: Point, [w, h]: Point): Bounds => [
	x - w / 2,
	y - h / 2,
	x + w / 2,
	y + h / 2
];

/** Whether two boxes come closer than `gap` (boxes exactly `gap` apart, as in a row, do not). */
export function overlaps(a: Bounds, b: Bounds, gap = 0): boolean {
	const g = gap - 1e-9;
	return a[0] < b[2] + g && b[0] < a[2] + g && a[1] < b[3] + g && b[1] < a[3] + g;
}
