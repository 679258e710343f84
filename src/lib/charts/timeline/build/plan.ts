/**
 * Where each of a state's events goes, worked out at build time from its view (views.ts): the
 * time scale with its breaks, which events show and which hide (into a group's band, or off
 * the axis), the labelled ones and their numbers, and, for each layout, the row each mark takes
 * in its lane so no two touch, with room beside labelled marks on wide layouts. Pure.
 */
import { periodEnd, periodStart } from '../../../build/dataset/dates.ts';
import type { TimelineEvent } from '../../../build/dataset/schema.ts';
import {
	BREAK_WIDTH,
	LABEL_FONT_PX,
	LABEL_MAX_PX,
	TARGET_PX,
	TIERS,
	type Tier
} from '../layout.ts';
import { LANES, type DateKind, type LaneId, type MarkShape } from '../model.ts';
import { DAY, packRows, textWidth, timeScale, type Box, type TimeScale } from './geometry.ts';
import type { State, TimelineViewSpec } from './views.ts';

export function laneOf(event: TimelineEvent): LaneId {
	if (event.side === 'china') return 'china';
	if (event.side === 'micron') return 'micron';
	return 'allies';
}

export function shapeOf(event: TimelineEvent): MarkShape {
	if (event.kind === 'market') return 'down';
	if (event.side === 'micron') return 'triangle';
	if (event.side === 'china') return 'diamond';
	return 'circle';
}

export function dateKindOf(event: TimelineEvent): DateKind {
	if (event.dateBasis.method === 'context') return 'approximate';
	if (event.dateBasis.method === 'external') return 'record';
	return 'stated';
}

/** An event with where it sits in time: a month spans it; a day is a point at midday. */
export type TimedEvent = TimelineEvent & { start: number; end: number };

export function timed(event: TimelineEvent): TimedEvent {
	if (event.datePrecision === 'month') {
		return { ...event, start: +periodStart(event.date), end: +periodEnd(event.date) };
	}
	const middle = +periodStart(event.date) + DAY / 2;
	return { ...event, start: middle, end: middle };
}

export const time = (date: string) => +periodStart(date);

/** An event the state shows: its lane and its extent, in percent of the axis. */
interface Placed {
	id: string;
	lane: LaneId;
	x0: number;
	x1: number;
	span: boolean;
}

/** A label beside its mark on wide layouts: which side, and the room it takes, in px. */
interface Beside {
	side: 'left' | 'right' | 'inside';
	room: number;
}

/** One layout's rows: each shown mark's row in its lane, the rows each lane needs, the labels. */
interface TierPlan {
	row: Map<string, number>;
	perLane: number[];
	beside: Map<string, Beside>;
}

export interface StatePlan {
	scale: TimeScale;
	placed: Placed[];
	/** Where each hidden mark went, in percent of the axis: off an edge, or into its group. */
	hidden: Map<string, number>;
	/** The labelled events and their numbers, in time order then top to bottom. */
	labelled: Map<string, number>;
	tiers: Record<Tier, TierPlan>;
}

/** Every state's plan: which marks show where, in rows, and their labels. */
export function planState(
	state: State,
	spec: TimelineViewSpec,
	events: readonly TimedEvent[],
	labelText: (id: string) => string
): StatePlan {
	const scale = timeScale(
		spec.stretches.map(([from, to]) => [time(from), time(to)]),
		BREAK_WIDTH
	);
	const { placed, hidden } = place(state, spec, events, scale);
	const labelled = numberLabels(spec.labels, events);
	const tier = (name: Tier) => packTier(state, name, placed, labelled, labelText);
	return { scale, placed, hidden, labelled, tiers: { wide: tier('wide'), narrow: tier('narrow') } };
}

function place(state: State, spec: TimelineViewSpec, events: readonly TimedEvent[], scale: TimeScale) {
	const [first, last] = scale.domain;
	const grouped = (event: TimedEvent) =>
		event.datePrecision === 'day' &&
		spec.groups.some(
			(g) => event.start >= time(g.from) && event.start < time(g.to) && !g.keep.includes(event.id)
		);
	const placed: Placed[] = [];
	const hidden = new Map<string, number>();
	for (const event of events) {
		if (event.end <= first || event.start >= last) {
			hidden.set(event.id, event.end < first ? -3 : 103);
			continue;
		}
		if (grouped(event) || spec.omit?.includes(event.id)) {
			hidden.set(event.id, scale.at(event.start) ?? 0);
			continue;
		}
		const x0 = event.start < first ? 0 : scale.at(event.start);
		const x1 = event.end > last ? 100 : scale.at(event.end);
		if (x0 === null || x1 === null) {
			throw new Error(
				`Timeline state "${state}": event "${event.id}" falls in a break, which says no event happened then`
			);
		}
		const span = event.datePrecision === 'month';
		placed.push({ id: event.id, lane: laneOf(event), x0, x1, span });
	}
	return { placed, hidden };
}

/** Labels are numbered in time order, then top to bottom: the order of the list under the plot. */
function numberLabels(ids: readonly string[], events: readonly TimedEvent[]): Map<string, number> {
	const order = (id: string) => {
		const event = events.find((e) => e.id === id);
		return [event?.start ?? 0, LANES.findIndex((l) => l.id === (event && laneOf(event)))] as const;
	};
	const sorted = [...ids].sort((a, b) => {
		const [ta, la] = order(a);
		const [tb, lb] = order(b);
		return ta - tb || la - lb;
	});
	return new Map(sorted.map((id, i) => [id, i + 1]));
}

type LabelledBox = Box & { beside?: Beside };

/** A mark's box in one layout, with room for its label beside it on wide ones. */
function boxOf(
	state: State,
	p: Placed,
	name: Tier,
	label: string | null
): LabelledBox {
	const { plotPx } = TIERS[name];
	const a = (p.x0 * plotPx) / 100;
	const b = (p.x1 * plotPx) / 100;
	const box = p.span
		? { lane: p.lane, x0: a, x1: Math.max(b, a + TARGET_PX) }
		: { lane: p.lane, x0: a - TARGET_PX / 2, x1: a + TARGET_PX / 2 };
	if (name === 'narrow' || label === null) return box;
	// A label of at most two lines: over a month bar wide enough to hold it, else beside the
	// mark, right, or left past the middle.
	const width = textWidth(label, LABEL_FONT_PX);
	const room = Math.min(LABEL_MAX_PX, width > LABEL_MAX_PX ? width / 2 + 16 : width + 8);
	if (p.span && box.x1 - box.x0 >= room + 16) return { ...box, beside: { side: 'inside', room } };
	const side = (box.x0 + box.x1) / 2 > plotPx * 0.55 ? 'left' : 'right';
	const extended =
		side === 'right' ? { ...box, x1: box.x1 + 6 + room } : { ...box, x0: box.x0 - 6 - room };
	if (extended.x0 < 0 || extended.x1 > plotPx) {
		throw new Error(
			`Timeline state "${state}": the label of "${p.id}" does not fit beside its mark on a wide layout; shorten it or leave it out of the state's labels`
		);
	}
	return { ...extended, beside: { side, room } };
}

function packTier(
	state: State,
	name: Tier,
	placed: readonly Placed[],
	labelled: ReadonlyMap<string, number>,
	labelText: (id: string) => string
): TierPlan {
	const boxes = placed.map((p) => boxOf(state, p, name, labelled.has(p.id) ? labelText(p.id) : null));
	// Labelled marks first, then points, then month bars, so bars take the rows left over.
	const order = placed
		.map((p, i) => ({ p, i }))
		.sort(
			(a, b) =>
				Number(!labelled.has(a.p.id)) - Number(!labelled.has(b.p.id)) ||
				Number(a.p.span) - Number(b.p.span) ||
				a.p.x0 - b.p.x0
		);
	const packed = packRows(
		order.map(({ i }) => boxes[i] as Box),
		0
	);
	const row = new Map(order.map(({ p }, k) => [p.id, packed[k] ?? 0]));
	const perLane = LANES.map(({ id }) =>
		Math.max(1, ...placed.filter((p) => p.lane === id).map((p) => (row.get(p.id) ?? 0) + 1))
	);
	const beside = new Map(
		placed.flatMap((p, i) => {
			const found = boxes[i]?.beside;
			return found ? [[p.id, found] as const] : [];
		})
	);
	return { row, perLane, beside };
}
