/**
 * Candidate spots for one country's label button, best first, for layout.ts to test in
 * turn: on or beside the country, or anywhere as a last resort. All in map units. Spots for
 * groups of labels (rows, stacks along an edge) are in groups.ts.
 */
import { PX, type LabelRequest, type MapWindow, type Placement } from './label-geometry.ts';
import type { Point } from './shapes.ts';

export interface Candidate {
	centre: Point;
	size: Point;
	mode: Placement['mode'];
	leader: boolean;
}

export type Sizes = Record<Placement['mode'], Point>;

const DIRECTIONS: Point[] = [
	[1, 0],
	[-1, 0],
	[0, 1],
	[0, -1],
	[1, 1],
	[1, -1],
	[-1, 1],
	[-1, -1]
];
/** Callout distances: text and dots near the country first, then only dots further out. */
const NEAR_PX = [6, 14, 24, 36];
const FAR_PX = [52, 72, 96];
/**
 * On the country first (nudged, so long as the label still covers its anchor), then rings of
 * spots around it with a leader line: near ones first, text (emphasised only) before a dot.
 */
export function nearCandidates(
	r: LabelRequest,
	unit: number,
	size: Sizes,
	small: boolean,
	textAway: boolean
) {
	const [ax, ay] = r.anchor;
	const onCountry = (mode: Placement['mode']): Candidate[] => {
		if (small) return [];
		const [w, h] = size[mode];
		// Nudged around the anchor so long as the label still covers it; then centred on other spots.
		const nudged = [0, -0.35, 0.35].flatMap((fy) =>
			[0, -0.3, 0.3, -0.45, 0.45].map((fx): Point => [ax + fx * w, ay + fy * h])
		);
		return [...nudged, ...r.spots].map((centre) => ({
			centre,
			size: size[mode],
			mode,
			leader: false
		}));
	};
	const ring = (mode: Placement['mode'], distances: number[]): Candidate[] => {
		if (mode === 'text' && !textAway) return [];
		const [w, h] = size[mode];
		return distances.flatMap((distance) =>
			DIRECTIONS.map(([dx, dy]) => {
				const reach = (distance + PX.marker / 2) * unit;
				const centre: Point = [ax + dx * (reach + w / 2), ay + dy * (reach + h / 2)];
				return { centre, size: size[mode], mode, leader: true };
			})
		);
	};
	return [
		...onCountry('text'),
		...ring('text', NEAR_PX),
		...onCountry('dot'),
		...ring('dot', NEAR_PX),
		...ring('dot', FAR_PX)
	];
}

/** Very last resort: every spot in the window, nearest the anchor first. */
export function gridCandidates(
	[ax, ay]: Point,
	[wx, wy, ww, wh]: MapWindow,
	unit: number,
	size: Point,
	leader: boolean
): Candidate[] {
	const step = PX.grid * unit;
	const candidates: Candidate[] = [];
	for (let x = wx + size[0] / 2; x <= wx + ww - size[0] / 2; x += step) {
		for (let y = wy + size[1] / 2; y <= wy + wh - size[1] / 2; y += step) {
			candidates.push({ centre: [x, y], size, mode: 'dot', leader });
		}
	}
	const distance = ({ centre: [x, y] }: Candidate) => Math.hypot(x - ax, y - ay);
	return candidates.sort((a, b) => distance(a) - distance(b));
}
