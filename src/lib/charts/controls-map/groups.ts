/**
 * Arrangements for groups of labels, best first, for layout.ts to test whole: a row for a
 * cluster of small countries, a stack along the edge for the countries beyond it (and spots
 * along that edge for one of them alone). All in map units.
 */
import type { Candidate, Sizes } from './candidates.ts';
import { PX, type LabelRequest, type MapWindow } from './label-geometry.ts';
import type { Point } from './shapes.ts';

type Arrangement = [code: string, candidate: Candidate][];

/** How far from a cluster its row of labels may go. */
const ROW_PX = [18, 30, 46, 64, 88];
/** How far a row may slide sideways from under its cluster, as a share of its width. */
const ROW_SHIFTS = [0, -0.25, 0.25, -0.5, 0.5];

type Edge = 'left' | 'right' | 'top' | 'bottom';

/** The edge of the window a point beyond it lies past, and where the way to it crosses. */
function facing([x, y]: Point, [wx, wy, ww, wh]: MapWindow): { edge: Edge; at: Point } {
	const [cx, cy] = [wx + ww / 2, wy + wh / 2];
	const [dx, dy] = [x - cx, y - cy];
	if (Math.abs(dx) * wh >= Math.abs(dy) * ww) {
		const t = ww / 2 / Math.abs(dx);
		return { edge: dx < 0 ? 'left' : 'right', at: [cx + dx * t, cy + dy * t] };
	}
	const t = wh / 2 / Math.abs(dy);
	return { edge: dy < 0 ? 'top' : 'bottom', at: [cx + dx * t, cy + dy * t] };
}

/** Last resort for one country beyond the window: anywhere along its edge, nearest first. */
export function edgeCandidates(r: LabelRequest, window: MapWindow, unit: number, size: Sizes) {
	const { edge, at } = facing(r.anchor, window);
	return (['text', 'dot'] as const).flatMap((mode) =>
		stackPositions([size[mode]], edge, at, window, unit).map(([centre]) => ({
			centre: centre as Point,
			size: size[mode],
			mode,
			leader: false
		}))
	);
}

/**
 * Small countries whose markers nearly touch (Europe on a world map) share one row of labels
 * below or above them, in the order of their anchors so leader lines fan out without crossing.
 */
export function clusterRows(
	small: readonly LabelRequest[],
	[wx, , ww]: MapWindow,
	unit: number,
	sizes: (r: LabelRequest) => Sizes,
	wantsText: (r: LabelRequest) => boolean
): { members: LabelRequest[]; arrangements: Arrangement[] }[] {
	const groups: LabelRequest[][] = [];
	for (const r of small) {
		const near = groups.filter((g) =>
			g.some(
				(o) => Math.hypot(o.anchor[0] - r.anchor[0], o.anchor[1] - r.anchor[1]) < PX.cluster * unit
			)
		);
		const merged = [...near.flat(), r];
		near.forEach((g) => groups.splice(groups.indexOf(g), 1));
		groups.push(merged);
	}
	const gap = PX.gap * unit;
	return groups
		.filter((g) => g.length >= 2)
		.map((group) => {
			const members = [...group].sort((a, b) => a.anchor[0] - b.anchor[0]);
			const cx = members.reduce((sum, r) => sum + r.anchor[0], 0) / members.length;
			const [top, bottom] = [
				Math.min(...members.map((r) => r.anchor[1])),
				Math.max(...members.map((r) => r.anchor[1]))
			];
			const arrangements: Arrangement[] = [];
			for (const allDots of [false, true]) {
				const boxes = members.map((r) => sizes(r)[!allDots && wantsText(r) ? 'text' : 'dot']);
				const rowWidth = boxes.reduce((sum, [w]) => sum + w, 0) + gap * (boxes.length - 1);
				const h = Math.max(...boxes.map(([, bh]) => bh));
				for (const distance of ROW_PX) {
					for (const shift of ROW_SHIFTS) {
						const left = clamp(
							cx - rowWidth / 2 + shift * rowWidth,
							wx + 2 * gap,
							wx + ww - 2 * gap - rowWidth
						);
						for (const below of [true, false]) {
							const y = below
								? bottom + (distance * unit + h / 2)
								: top - (distance * unit + h / 2);
							let x = left;
							arrangements.push(
								members.map((r, i) => {
									const size = boxes[i] as Point;
									const centre: Point = [x + size[0] / 2, y];
									x += size[0] + gap;
									const mode = allDots || !wantsText(r) ? 'dot' : 'text';
									return [r.code, { centre, size, mode, leader: true }];
								})
							);
						}
					}
				}
			}
			return { members, arrangements };
		});
}

/** Countries beyond the window, grouped by the edge they lie past, in order along it. */
export function edgeGroups(beyond: readonly LabelRequest[], window: MapWindow) {
	const groups = new Map<Edge, { edge: Edge; members: LabelRequest[]; at: Point[] }>();
	for (const r of beyond) {
		const { edge, at } = facing(r.anchor, window);
		const group = groups.get(edge) ?? { edge, members: [], at: [] };
		group.members.push(r);
		group.at.push(at);
		groups.set(edge, group);
	}
	return [...groups.values()].map((g) => {
		const along = (p: Point) => (g.edge === 'left' || g.edge === 'right' ? p[1] : p[0]);
		const order = g.members
			.map((_, i) => i)
			.sort((a, b) => along(g.at[a] as Point) - along(g.at[b] as Point));
		return {
			edge: g.edge,
			members: order.map((i) => g.members[i] as LabelRequest),
			at: order.map((i) => g.at[i] as Point)
		};
	});
}

/** The group stacked flush against its edge, in columns if need be: text first, then dots. */
export function edgeStacks(
	group: ReturnType<typeof edgeGroups>[number],
	window: MapWindow,
	unit: number,
	sizes: (r: LabelRequest) => Sizes
): Arrangement[] {
	const middle: Point = [
		group.at.reduce((s, p) => s + p[0], 0) / group.at.length,
		group.at.reduce((s, p) => s + p[1], 0) / group.at.length
	];
	return (['text', 'dot'] as const).flatMap((mode) => {
		const boxes = group.members.map((r) => sizes(r)[mode]);
		return stackPositions(boxes, group.edge, middle, window, unit).map((centres) =>
			group.members.map((r, i): [string, Candidate] => [
				r.code,
				{ centre: centres[i] as Point, size: boxes[i] as Point, mode, leader: false }
			])
		);
	});
}

/**
 * Positions for boxes stacked along an edge, flush against it, centred on `at` and then
 * slid either way along the edge; in as many columns (rows, on top or bottom) as needed.
 */
function stackPositions(
	boxes: Point[],
	edge: Edge,
	at: Point,
	[wx, wy, ww, wh]: MapWindow,
	unit: number
): Point[][] {
	const gap = PX.gap * unit;
	const inset = gap + unit;
	const vertical = edge === 'left' || edge === 'right';
	// Along the edge: the length available; across it: each column's depth.
	const length = (vertical ? wh : ww) - 2 * inset;
	const along = (b: Point) => (vertical ? b[1] : b[0]);
	const across = (b: Point) => (vertical ? b[0] : b[1]);
	const columns: Point[][] = [];
	let used = 0;
	for (const box of boxes) {
		const column = columns.at(-1);
		if (column && used + gap + along(box) <= length) {
			column.push(box);
			used += gap + along(box);
		} else {
			columns.push([box]);
			used = along(box);
		}
	}
	const spans = columns.map((c) => c.reduce((s, b) => s + along(b), 0) + gap * (c.length - 1));
	const depths = columns.map((c) => Math.max(...c.map(across)));
	if (depths.reduce((s, d) => s + d + gap, 0) > (vertical ? ww : wh) / 2) return [];
	const start = vertical ? wy + inset : wx + inset;
	const centreAlong = vertical ? at[1] : at[0];
	const results: Point[][] = [];
	const step = PX.grid * unit;
	for (let k = 0; k * step <= length; k += 1) {
		const shift = (k % 2 === 0 ? 1 : -1) * Math.ceil(k / 2) * step;
		const centres: Point[] = [];
		let depth = inset;
		columns.forEach((column, c) => {
			const span = spans[c] as number;
			let pos = clamp(centreAlong + shift - span / 2, start, start + length - span);
			for (const box of column) {
				const a = pos + along(box) / 2;
				const d = depth + across(box) / 2;
				centres.push(
					edge === 'left'
						? [wx + d, a]
						: edge === 'right'
							? [wx + ww - d, a]
							: edge === 'top'
								? [a, wy + d]
								: [a, wy + wh - d]
				);
				pos += along(box) + gap;
			}
			depth += (depths[c] as number) + gap;
		});
		results.push(centres);
	}
	return results;
}

const clamp = (value: number, min: number, max: number) =>
	Math.min(Math.max(min, max), Math.max(min, value));
