/**
 * Cross-axis layout of the timeline: each lane gets a band sized by its number of sub-rows,
 * and each mark a position within its lane's band, all in percent of the plot. Pure, so the
 * server and the browser agree to the pixel.
 */
import type { LaneId, TimelineMark } from './model.ts';

export interface LaneBand {
	id: LaneId;
	label: string;
	/** Start and size along the cross axis, in percent. */
	start: number;
	size: number;
	rows: number;
}

export function laneBands(
	lanes: readonly { id: LaneId; label: string }[],
	marks: readonly Pick<TimelineMark, 'lane' | 'row'>[]
): LaneBand[] {
	const rows = lanes.map(({ id }) =>
		Math.max(1, ...marks.filter((m) => m.lane === id).map((m) => m.row + 1))
	);
	const total = rows.reduce((sum, n) => sum + n, 0);
	let start = 0;
	return lanes.map(({ id, label }, index) => {
		const count = rows[index] ?? 1;
		const band = { id, label, start, size: (count / total) * 100, rows: count };
		start += band.size;
		return band;
	});
}

/** Centre of a mark's sub-row across the axis, in percent. */
export function crossPosition(band: LaneBand, row: number): number {
	return band.start + ((row + 0.5) / band.rows) * band.size;
}

/** Positions along time are clamped just outside the plot, so off-window spans stay tidy. */
export function clampPercent(value: number): number {
	return Math.min(101, Math.max(-1, value));
}
