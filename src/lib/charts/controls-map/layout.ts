/**
 * Where each country's label button goes, for one map window at one container width, worked
 * out at build time so labels never overlap and stay readable. Pure: boxes in, boxes out.
 */
import { gridCandidates, nearCandidates, type Candidate, type Sizes } from './candidates.ts';
import { clusterRows, edgeCandidates, edgeGroups, edgeStacks } from './groups.ts';
import {
	PX,
	boxAt,
	labelText,
	overlaps,
	textWidthPx,
	type Arrow,
	type LabelRequest,
	type Layout,
	type MapWindow,
	type Placement
} from './label-geometry.ts';
import type { Bounds, Point } from './shapes.ts';

/**
 * Places every label for one window and one layout, trying two orders and keeping the one
 * that reads better (see `score`): countries in view named on themselves before or after
 * the stacks of countries beyond the window.
 */
export function placeLabels(
	requests: readonly LabelRequest[],
	window: MapWindow,
	layout: Layout,
	arrows: Readonly<Record<string, Arrow | null>>
): Record<string, Placement> {
	const tries = [false, true].map((namesFirst) =>
		placeInOrder(requests, window, layout, arrows, namesFirst)
	);
	tries.sort((a, b) => a.score - b.score);
	return (tries[0] as (typeof tries)[number]).placements;
}

/**
 * One pass, hardest first: emphasised countries named on themselves, then clusters of small
 * countries as one row, then (if `namesFirst`) the other countries in view named on
 * themselves, then those beyond the window stacked along the edge they lie past, then the
 * rest beside their country. Each takes the first spot that stays inside the window, clear of
 * the labels and markers placed before it. The score counts what a reader loses: labels put
 * anywhere as a last resort, names shown only as dots, and the length of leader lines.
 */
function placeInOrder(
	requests: readonly LabelRequest[],
	window: MapWindow,
	layout: Layout,
	arrows: Readonly<Record<string, Arrow | null>>,
	namesFirst: boolean
): { placements: Record<string, Placement>; score: number } {
	const [wx, wy, ww, wh] = window;
	const unit = ww / layout.minWidth; // map units per pixel
	const gap = PX.gap * unit;
	// A country is in view when it has no arrow pointing beyond the window.
	const inWindow = (r: LabelRequest) => !arrows[r.code];
	const isSmall = ({ main }: LabelRequest) =>
		Math.max(main[2] - main[0], main[3] - main[1]) / unit < PX.small;
	const sizes = (r: LabelRequest): Sizes => {
		const name = layout.shortNames ? r.shortName : r.name;
		const text = labelText(name, arrows[r.code] ?? null);
		return {
			text: [textWidthPx(text, layout) * unit, layout.heightPx * unit],
			dot: [PX.dot * unit, PX.dot * unit]
		};
	};
	/** Whether a country's label may be text away from the country itself. */
	const wantsText = (r: LabelRequest) => r.emphasised && (layout.supportingText || !r.supporting);
	const markers = new Map(
		requests
			.filter((r) => inWindow(r) && isSmall(r))
			.map((r) => [r.code, boxAt(r.anchor, [PX.marker * unit, PX.marker * unit])])
	);
	const anchors = requests.filter(inWindow);
	const taken: Bounds[] = [];
	const placements: Record<string, Placement> = {};
	let score = 0;

	const fits = ({ centre, size, leader }: Candidate, code: string, also: Bounds[] = []) => {
		const box = boxAt(centre, size);
		const inside =
			box[0] >= wx + gap &&
			box[1] >= wy + gap &&
			box[2] <= wx + ww - gap &&
			box[3] <= wy + wh - gap;
		if (!inside || [...taken, ...also].some((t) => overlaps(box, t, gap))) return false;
		if ([...markers].some(([other, marker]) => other !== code && overlaps(box, marker))) {
			return false;
		}
		// A label set away from its country must not sit on another country of the story.
		return !leader || anchors.every((a) => a.code === code || !contains(box, a.anchor, gap));
	};
	const commit = (code: string, chosen: Candidate) => {
		taken.push(boxAt(chosen.centre, chosen.size));
		placements[code] = {
			x: round(chosen.centre[0]),
			y: round(chosen.centre[1]),
			mode: chosen.mode,
			leader: chosen.leader,
			marker: chosen.leader || markers.has(code)
		};
	};
	/** Commits the first arrangement whose every member fits; false if none does. */
	const placeGroup = (arrangements: Iterable<[string, Candidate][]>) => {
		for (const arrangement of arrangements) {
			const boxes: Bounds[] = [];
			const ok = arrangement.every(([code, c]) => {
				const fit = fits(c, code, boxes);
				boxes.push(boxAt(c.centre, c.size));
				return fit;
			});
			if (ok) {
				for (const [code, c] of arrangement) commit(code, c);
				return true;
			}
		}
		return false;
	};
	const placeOne = (request: LabelRequest, onCountryOnly = false) => {
		const size = sizes(request);
		const preferred = inWindow(request)
			? nearCandidates(request, unit, size, isSmall(request), wantsText(request))
			: edgeCandidates(request, window, unit, size);
		if (onCountryOnly) {
			const chosen = preferred.find((c) => !c.leader && c.mode === 'text' && fits(c, request.code));
			if (chosen) commit(request.code, chosen);
			return;
		}
		const fallback = gridCandidates(request.anchor, window, unit, size.dot, inWindow(request));
		const best = preferred.find((c) => fits(c, request.code));
		if (!best) score += 1000;
		const chosen = best ??
			fallback.find((c) => fits(c, request.code)) ?? {
				centre: request.anchor,
				size: size.dot,
				mode: 'dot',
				leader: false
			};
		commit(request.code, chosen);
	};

	const clusters = clusterRows(anchors.filter(isSmall), window, unit, sizes, wantsText);
	const clustered = new Set(clusters.flatMap((c) => c.members.map((r) => r.code)));
	const unplaced = (r: LabelRequest) => !(r.code in placements);
	// Names that sit on their own country first; then the crowded spots; then the countries
	// beyond the window along its edges; then whatever is left, beside its country.
	for (const r of anchors.filter((r) => r.emphasised && !clustered.has(r.code))) placeOne(r, true);
	for (const cluster of clusters) {
		if (!placeGroup(cluster.arrangements)) cluster.members.forEach((r) => placeOne(r));
	}
	if (namesFirst) {
		for (const r of anchors.filter((r) => unplaced(r) && !clustered.has(r.code))) {
			placeOne(r, true);
		}
	}
	for (const group of edgeGroups(
		requests.filter((r) => !inWindow(r)),
		window
	)) {
		if (!placeGroup(edgeStacks(group, window, unit, sizes))) {
			group.members.forEach((r) => placeOne(r));
		}
	}
	for (const r of anchors.filter(unplaced)) placeOne(r);
	for (const r of requests) {
		const p = placements[r.code];
		if (!p) continue;
		if (p.mode === 'dot') score += 40;
		if (p.leader) score += Math.hypot(p.x - r.anchor[0], p.y - r.anchor[1]) / unit;
	}
	return { placements, score };
}

function contains(box: Bounds, [x, y]: Point, margin: number): boolean {
	return x > box[0] - margin && x < box[2] + margin && y > box[1] - margin && y < box[3] + margin;
}

const round = (value: number) => Math.round(value * 10) / 10;
