/**
 * The timeline's geometry for one view, worked out at build time: a time scale made of
 * stretches with an explicit break between them (one scale, the same days-per-pixel, on both
 * sides), sub-rows so that no two marks' 24 px targets touch, and where labels go on wide
 * layouts. Pure: numbers in, numbers out. Positions are percent of the plot's width.
 */

export const DAY = 24 * 60 * 60 * 1000;

/** A stretch of time drawn on the axis: [start, end) in ms since the epoch. */
export type Stretch = readonly [start: number, end: number];

export interface TimeScale {
	/** Percent along the axis for a time, or null when it falls outside every stretch. */
	at(time: number): number | null;
	/**
	 * The same scale as a piecewise linear one: each stretch's ends and where they sit, for a d3
	 * `scaleLinear().domain(domain).range(range)` (what LayerCake draws the axis with).
	 */
	stops: { domain: number[]; range: number[] };
	/** The gaps between stretches: where they sit on the axis and the time they leave out. */
	breaks: { x0: number; x1: number; from: number; to: number }[];
	/** The first and last instant shown. */
	domain: Stretch;
}

/**
 * A scale over `stretches` (in order, not overlapping), each break `breakWidth` percent wide.
 * Every stretch gets the same share of the axis per day, so a month looks as long on either side.
 */
export function timeScale(stretches: readonly Stretch[], breakWidth: number): TimeScale {
	if (stretches.length === 0) throw new Error('A time scale needs at least one stretch');
	const total = stretches.reduce((sum, [a, b]) => sum + (b - a), 0);
	const perMs = (100 - breakWidth * (stretches.length - 1)) / total;
	const offsets: number[] = [];
	let x = 0;
	for (const [a, b] of stretches) {
		offsets.push(x);
		x += (b - a) * perMs + breakWidth;
	}
	const breaks = stretches.slice(1).map(([start], i) => {
		const [, previousEnd] = stretches[i] as Stretch;
		const x1 = offsets[i + 1] as number;
		return { x0: x1 - breakWidth, x1, from: previousEnd, to: start };
	});
	return {
		at(time) {
			const i = stretches.findIndex(([a, b]) => time >= a && time <= b);
			if (i < 0) return null;
			return round((offsets[i] as number) + (time - (stretches[i] as Stretch)[0]) * perMs);
		},
		breaks,
		domain: [(stretches[0] as Stretch)[0], (stretches.at(-1) as Stretch)[1]],
		stops: {
			domain: stretches.flat(),
			range: stretches.flatMap(([a, b], i) => {
				const x0 = offsets[i] as number;
				return [round(x0), round(x0 + (b - a) * perMs)];
			})
		}
	};
}

/** A mark as the row packer sees it: its lane and its extent on the axis, in pixels. */
export interface Box {
	lane: string;
	x0: number;
	x1: number;
}

/**
 * Sub-rows within each lane: each box, taken in the given order, gets the lowest row where it
 * keeps `gap` pixels from every box already there. Returns the row of each box.
 */
export function packRows(boxes: readonly Box[], gap: number): number[] {
	const placed: (Box & { row: number })[] = [];
	return boxes.map((box) => {
		let row = 0;
		while (
			placed.some(
				(p) => p.lane === box.lane && p.row === row && box.x0 < p.x1 + gap && p.x0 < box.x1 + gap
			)
		) {
			row += 1;
		}
		placed.push({ ...box, row });
		return row;
	});
}

/** Width in pixels of a line of text, erring wide (system UI fonts average about 0.56em). */
export function textWidth(text: string, fontPx: number): number {
	return Math.ceil(text.length * 0.6 * fontPx);
}

export const round = (value: number) => Math.round(value * 100) / 100;
