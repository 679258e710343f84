/**
 * Builds the timeline at build time: one mark per event in three lanes, and for every state its
 * window on time, rows, emphasis, groups and labels, written as custom properties so that the
 * browser switches state by one attribute (see charts/state-css.ts).
 */
import { narrowVars, stateCss, stateVars } from '../../build/state-css.ts';
import {
	LANES,
	type DateKind,
	type LaneId,
	type MarkShape,
	type TimelineChart,
	type TimelineMark,
	type TimelineModel
} from '../model.ts';
import { periodEnd, periodStart } from '../../../build/dataset/dates.ts';
import type { Dataset, TimelineEvent } from '../../../build/dataset/schema.ts';
import { datedAs, formatDate, formatShortDate } from '../../../format.ts';
import type { FrameWords } from '../../../build/copy/frame.ts';
import { fill } from '../../../frame.ts';
import { creditsFor, sourceLabel } from '../../build/credits.ts';
import type { ChartWords } from '../../../build/copy/chart-words.ts';
import {
	DAY,
	laneBands,
	packRows,
	round,
	rowCentre,
	textWidth,
	timeScale,
	type Band,
	type Box
} from './layout.ts';
import { STATES, VIEWS, WORDS, type State, type TimelineViewSpec } from './views.ts';


/**
 * The two layouts the build plans for, by the plot width each is checked at: narrow (phones,
 * labels in a numbered list) below 40rem of chart (640 px at the usual font size), wide
 * (labels beside their marks) above.
 */
export const TIERS = {
	narrow: { plotPx: 288, rowPx: 24 },
	wide: { plotPx: 528, rowPx: 42 }
} as const;
type Tier = keyof typeof TIERS;
/** Pixels kept at the top of the plot for group labels. */
const STRIP_PX = 20;
const BREAK_WIDTH = 6;
/** A mark's target is 24 px; its box keeps a pixel either side, so boxes may touch. */
const TARGET_PX = 26;
const GAP_PX = 0;
const LABEL_FONT_PX = 13;
const LABEL_MAX_PX = 240;

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

/** Where an event sits in time: a month spans it; a day is a point at midday. */
export function markTime(date: string, precision: 'day' | 'month'): { start: number; end: number } {
	if (precision === 'month') return { start: +periodStart(date), end: +periodEnd(date) };
	const middle = +periodStart(date) + DAY / 2;
	return { start: middle, end: middle };
}

const time = (date: string) => +periodStart(date);

interface Placed {
	id: string;
	lane: LaneId;
	x0: number;
	x1: number;
	span: boolean;
}

/** Every state's view: which marks show where, in rows, and what else it draws. */
function planView(
	state: State,
	spec: TimelineViewSpec,
	events: readonly (TimelineEvent & { start: number; end: number })[],
	labelText: (id: string) => string
) {
	const scale = timeScale(
		spec.stretches.map(([from, to]) => [time(from), time(to)]),
		BREAK_WIDTH
	);
	const [first, last] = scale.domain;
	const grouped = (event: (typeof events)[number]) =>
		event.datePrecision === 'day' &&
		spec.groups.some(
			(g) => event.start >= time(g.from) && event.start < time(g.to) && !g.keep.includes(event.id)
		);
	const placed: Placed[] = [];
	/** Where the marks this state hides go: off the plot's edge, or into their group's band. */
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
		placed.push({
			id: event.id,
			lane: laneOf(event),
			x0,
			x1,
			span: event.datePrecision === 'month'
		});
	}

	// Labels are numbered in time order, then top to bottom: the order of the list under the plot.
	const order = (id: string) => {
		const event = events.find((e) => e.id === id);
		return [event?.start ?? 0, LANES.findIndex((l) => l.id === (event && laneOf(event)))];
	};
	const sorted = [...spec.labels].sort((a, b) => {
		const [ta, la] = order(a);
		const [tb, lb] = order(b);
		return (ta ?? 0) - (tb ?? 0) || (la ?? 0) - (lb ?? 0);
	});
	const labelled = new Map(sorted.map((id, i) => [id, i + 1]));
	const rows = (tier: Tier) => {
		const { plotPx } = TIERS[tier];
		const boxes = placed.map((p): Box & { side?: 'left' | 'right' | 'inside'; room?: number } => {
			const a = (p.x0 * plotPx) / 100;
			const b = (p.x1 * plotPx) / 100;
			const box = p.span
				? { lane: p.lane, x0: a, x1: Math.max(b, a + TARGET_PX) }
				: { lane: p.lane, x0: a - TARGET_PX / 2, x1: a + TARGET_PX / 2 };
			if (tier === 'narrow' || !labelled.has(p.id)) return box;
			// A label of at most two lines: over a month bar wide enough to hold it, else beside
			// the mark, right, or left past the middle.
			const width = textWidth(labelText(p.id), LABEL_FONT_PX);
			const room = Math.min(LABEL_MAX_PX, width > LABEL_MAX_PX ? width / 2 + 16 : width + 8);
			if (p.span && box.x1 - box.x0 >= room + 16) return { ...box, side: 'inside' as const, room };
			const side: 'left' | 'right' = (box.x0 + box.x1) / 2 > plotPx * 0.55 ? 'left' : 'right';
			const extended =
				side === 'right'
					? { ...box, x1: box.x1 + 6 + room, side, room }
					: { ...box, x0: box.x0 - 6 - room, side, room };
			if (extended.x0 < 0 || extended.x1 > plotPx) {
				throw new Error(
					`Timeline state "${state}": the label of "${p.id}" does not fit beside its mark on a wide layout; shorten it or leave it out of the state's labels`
				);
			}
			return extended;
		});
		// Labelled marks first, then points, then month bars, so bars take the rows left over.
		const order = boxes
			.map((_, i) => i)
			.sort(
				(a, b) =>
					Number(!labelled.has((placed[a] as Placed).id)) -
						Number(!labelled.has((placed[b] as Placed).id)) ||
					Number((placed[a] as Placed).span) - Number((placed[b] as Placed).span) ||
					(placed[a] as Placed).x0 - (placed[b] as Placed).x0
			);
		const packed = packRows(
			order.map((i) => boxes[i] as Box),
			GAP_PX
		);
		const row = new Map(order.map((i, k) => [(placed[i] as Placed).id, packed[k] as number]));
		const perLane = LANES.map(({ id }) =>
			Math.max(1, ...placed.filter((p) => p.lane === id).map((p) => (row.get(p.id) ?? 0) + 1))
		);
		const labels = new Map(
			placed.flatMap((p, i) => {
				const box = boxes[i];
				return box?.side ? [[p.id, { side: box.side, room: box.room ?? 0 }] as const] : [];
			})
		);
		return { row, perLane, labels };
	};
	return { scale, placed, hidden, labelled, narrow: rows('narrow'), wide: rows('wide') };
}

type Plan = ReturnType<typeof planView>;

/**
 * Lane bands of a plan in one tier, given the rows the plot is drawn for. The strip for group
 * labels is kept in every state, so lanes do not jump when a state has no groups.
 */
function bandsOf(plan: Plan, tier: Tier, plotRows: number): Band[] {
	const heightPx = plotRows * TIERS[tier].rowPx + STRIP_PX;
	return laneBands(plan[tier].perLane, (STRIP_PX / heightPx) * 100);
}

/** Shown in this state only. */
const only = (state: State) => stateVars({ disp: { [state]: 'block' } });

function align(x: number): 'start' | 'middle' | 'end' {
	return x < 8 ? 'start' : x > 92 ? 'end' : 'middle';
}

export function timelineChart(
	dataset: Dataset,
	copy: ChartWords<(typeof WORDS)[number]>,
	frame: FrameWords
): TimelineChart {
	const sourceLabels = new Map(dataset.sources.map((s) => [s.id, sourceLabel(s, frame)]));
	const events = dataset.events.map((event) => ({
		...event,
		...markTime(event.date, event.datePrecision)
	}));
	const byId = new Map(events.map((e) => [e.id, e]));
	const labelText = (id: string) => {
		const event = byId.get(id);
		return event ? `${shortDateOf(event, frame)} ${event.title}` : id;
	};
	const plans = Object.fromEntries(
		STATES.map((state) => [state, planView(state, VIEWS[state], events, labelText)])
	) as Record<State, Plan>;
	const maxRows = (tier: Tier) =>
		Math.max(...STATES.map((s) => plans[s][tier].perLane.reduce((a, b) => a + b, 0)));
	const rows = { wide: maxRows('wide'), narrow: maxRows('narrow') };
	const bands = (state: State, tier: Tier) => bandsOf(plans[state], tier, rows[tier]);

	const marks: TimelineMark[] = events.map((event) => {
		const lane = laneOf(event);
		const laneIndex = LANES.findIndex((l) => l.id === lane);
		// Positions are numbers, in percent of the lanes' width (x, w) and height (y).
		const x: Record<string, number> = {};
		const w: Record<string, number> = {};
		const y: Record<string, number> = {};
		const yNarrow: Record<string, number> = {};
		const vis: Record<string, string> = {};
		const o: Record<string, number> = {};
		const key: Record<string, string> = {};
		for (const state of STATES) {
			const plan = plans[state];
			const p = plan.placed.find((m) => m.id === event.id);
			const wideBand = bands(state, 'wide')[laneIndex] as Band;
			const narrowBand = bands(state, 'narrow')[laneIndex] as Band;
			if (!p) {
				// Hidden in this state: it slides to where it went and fades, and leaves the tab order.
				x[state] = plan.hidden.get(event.id) ?? 0;
				y[state] = rowCentre(wideBand, 0);
				yNarrow[state] = rowCentre(narrowBand, 0);
				o[state] = 0;
				continue;
			}
			x[state] = p.x0;
			if (p.span) w[state] = round(p.x1 - p.x0);
			y[state] = rowCentre(wideBand, plan.wide.row.get(event.id) ?? 0);
			yNarrow[state] = rowCentre(narrowBand, plan.narrow.row.get(event.id) ?? 0);
			vis[state] = 'visible';
			const { emphasis } = VIEWS[state];
			o[state] = emphasis.length === 0 || emphasis.includes(event.id) ? 1 : 0.3;
			const number = plan.labelled.get(event.id);
			if (number) key[state] = `"${number}"`;
		}
		const dateKind = dateKindOf(event);
		return {
			id: event.id,
			lane,
			shape: shapeOf(event),
			span: event.datePrecision === 'month',
			dateKind,
			dateLabel: datedAs(
				event.date,
				event.datePrecision,
				dateKind === 'approximate' ? frame.dates.about : null
			),
			iso: event.date,
			actor: event.actor,
			title: event.title,
			summary: event.summary,
			dateNote: event.dateBasis.method === 'stated' ? null : event.dateBasis.note,
			sources: [...new Set(event.sources.map((c) => sourceLabels.get(c.source) ?? c.source))],
			vars: [stateVars({ x, w, y, vis, o, key }), narrowVars({ y: yNarrow })]
				.filter(Boolean)
				.join(';')
		};
	});

	const model: TimelineModel = {
		lanes: LANES.map((lane, i) => ({
			id: lane.id,
			label: copy.text(`lane-${lane.id}`),
			color: lane.color,
			vars: [
				stateVars({
					y: Object.fromEntries(STATES.map((s) => [s, bands(s, 'wide')[i]?.top])),
					h: Object.fromEntries(STATES.map((s) => [s, bands(s, 'wide')[i]?.height]))
				}),
				narrowVars({
					y: Object.fromEntries(STATES.map((s) => [s, bands(s, 'narrow')[i]?.top])),
					h: Object.fromEntries(STATES.map((s) => [s, bands(s, 'narrow')[i]?.height]))
				})
			].join(';')
		})),
		marks,
		ticks: STATES.flatMap((state) => {
			const { ticks } = VIEWS[state];
			return ticks.dates.map((date, i) => {
				const x = plans[state].scale.at(time(date)) ?? 0;
				return {
					key: `${state}-${date}`,
					text: tickLabel(date, ticks.dates[i - 1], ticks.precision),
					align: align(x),
					vars: `left:${x}%;${only(state)}`
				};
			});
		}),
		gridlines: STATES.flatMap((state) =>
			VIEWS[state].ticks.dates.map((date) => ({
				key: `${state}-${date}`,
				text: '',
				vars: `left:${plans[state].scale.at(time(date)) ?? 0}%;${only(state)}`
			}))
		),
		breaks: STATES.flatMap((state) =>
			plans[state].scale.breaks.map((b) => ({
				key: `${state}-${b.from}`,
				text: copy.text('gap', { months: formatGap(b.from, b.to) }),
				vars: `left:${round(b.x0)}%;width:${round(b.x1 - b.x0)}%;${only(state)}`
			}))
		),
		groups: STATES.flatMap((state) =>
			VIEWS[state].groups.map((group) => {
				const scale = plans[state].scale;
				const x0 = scale.at(time(group.from) + DAY / 4) ?? 0;
				const x1 = scale.at(time(group.to) - DAY / 4) ?? 0;
				const count = events.filter(
					(e) =>
						e.datePrecision === 'day' && e.start >= time(group.from) && e.start < time(group.to)
				).length;
				const lastDay = new Date(time(group.to) - DAY).toISOString().slice(0, 10);
				return {
					key: `${state}-${group.from}`,
					text: copy.text('group', { count }),
					when: copy.text('group-when', { span: formatSpan(group.from, lastDay) }),
					align: align((x0 + x1) / 2),
					vars: `left:${x0}%;width:${round(x1 - x0)}%;${only(state)}`
				};
			})
		),
		labelSets: STATES.map((state) => {
			const plan = plans[state];
			return {
				key: state,
				text: '',
				vars: stateVars({
					vis: { [state]: 'visible' },
					lo: { [state]: 1 },
					d: { [state]: 'var(--motion-duration)' }
				}),
				labels: [...plan.labelled.keys()].flatMap((id) => {
					const event = byId.get(id);
					const placed = plan.placed.find((p) => p.id === id);
					const beside = plan.wide.labels.get(id);
					const n = plan.labelled.get(id);
					if (!event || !placed || !beside || !n) return [];
					const laneIndex = LANES.findIndex((l) => l.id === laneOf(event));
					const band = bands(state, 'wide')[laneIndex] as Band;
					const top = rowCentre(band, plan.wide.row.get(id) ?? 0);
					// Beside a mark, the label starts at its edge; over a bar, where the bar does.
					const edge = beside.side === 'right' ? placed.x1 : placed.x0;
					const room = round((beside.room / TIERS.wide.plotPx) * 100);
					return [
						{
							key: `${state}-${id}`,
							n,
							side: beside.side,
							date: shortDateOf(event, frame),
							text: event.title,
							vars: `--at:${edge}%;--top:${top}%;--room:${room}%`
						}
					];
				})
			};
		}),
		css: stateCss('timeline', STATES, ['x', 'w', 'y', 'h', 'vis', 'o', 'key', 'disp', 'lo', 'd'], {
			container: 'chart',
			below: '40rem',
			properties: ['y', 'h']
		}),
		rows,
		legend: {
			month: copy.text('legend-month'),
			approximate: copy.text('legend-approximate'),
			record: copy.text('legend-record'),
			gap: copy.text('legend-gap')
		}
	};

	return {
		meta: copy.meta(creditsFor(dataset.events, dataset.sources, frame), ['events.csv', 'events.json']),
		model
	};
}

/** A label's date: "21 May", "Oct 2022", or "About 21 May" where the articles give none. */
function shortDateOf(event: TimelineEvent, frame: FrameWords): string {
	const date = formatShortDate(event.date, event.datePrecision);
	return dateKindOf(event) === 'approximate' ? fill(frame.dates.about, { date }) : date;
}

/**
 * A tick's label, naming the year or month only where it changes from the tick before:
 * "Oct 2022", "Mar 2023", "Apr"; "19 May", "20", "21".
 */
export function tickLabel(date: string, before: string | undefined, precision: 'day' | 'month') {
	if (precision === 'month') {
		const label = formatShortDate(date.slice(0, 7), 'month');
		return before?.slice(0, 4) === date.slice(0, 4) ? (label.split(' ')[0] ?? label) : label;
	}
	const label = formatShortDate(date, 'day');
	return before?.slice(0, 7) === date.slice(0, 7) ? (label.split(' ')[0] ?? label) : label;
}

/** "November 2022 to February 2023": the months a break leaves out. */
function formatGap(from: number, to: number): string {
	const last = new Date(to - DAY).toISOString().slice(0, 7);
	const start = new Date(from).toISOString().slice(0, 7);
	return `${formatDate(start, 'month')} to ${formatDate(last, 'month')}`;
}

/** "31 Mar–3 Apr", "20–23 May". */
function formatSpan(from: string, to: string): string {
	const a = formatShortDate(from, 'day');
	const b = formatShortDate(to, 'day');
	return from.slice(0, 7) === to.slice(0, 7) ? `${a.split(' ')[0]}–${b}` : `${a}–${b}`;
}
