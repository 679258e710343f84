/**
 * Builds the timeline at build time: every event once (its mark and details), and for each
 * state the data its LayerCake draws (the time scale, the rows, each event's place or where it
 * went, ticks, breaks, groups and labels). The components draw every state into the page; the
 * figure's `data-state` picks one.
 */
import type { ChartWords } from '../../../build/copy/chart-words.ts';
import type { FrameWords } from '../../../build/copy/frame.ts';
import type { Dataset } from '../../../build/dataset/schema.ts';
import { datedAs } from '../../../format.ts';
import { creditsFor, sourceLabel } from '../../build/credits.ts';
import { layoutCss, NAME_ROWS, STRIP_PX, TIERS, type Tier } from '../layout.ts';
import { LANES, type Align, type TimelineChart, type TimelineMark, type TimelineView } from '../model.ts';
import { formatGap, formatSpan, shortDateOf, tickLabel } from './dates.ts';
import { DAY, round } from './geometry.ts';
import {
	dateKindOf,
	laneOf,
	planState,
	shapeOf,
	time,
	timed,
	type StatePlan,
	type TimedEvent
} from './plan.ts';
import { STATES, VIEWS, WORDS, type State, type TimelineViewSpec } from './views.ts';

type Words = ChartWords<(typeof WORDS)[number]>;

const align = (x: number): Align => (x < 8 ? 'start' : x > 92 ? 'end' : 'middle');

/**
 * A tick's label runs away from a break beside it, so the cut's band never lies over its words:
 * after a break it starts at the tick, before one it ends there; elsewhere, by where it falls.
 */
function tickAlign(plan: StatePlan, at: number): Align {
	const near = (edge: number) => Math.abs(edge - at) < DAY;
	if (plan.scale.breaks.some((b) => near(b.to))) return 'start';
	if (plan.scale.breaks.some((b) => near(b.from))) return 'end';
	return align(plan.scale.at(at) ?? 0);
}

/**
 * Each lane's extent in rows from the top, in one layout: its name's row where it has one (on
 * narrow layouts, which have no gutter), then its marks' rows.
 */
function laneRows(perLane: readonly number[], tier: Tier): [number, number][] {
	let top = 0;
	return perLane.map((rows) => {
		const extent: [number, number] = [top, top + NAME_ROWS[tier] + rows];
		top = extent[1];
		return extent;
	});
}

/** Where the first row starts, in percent of the plot: the strip for groups is above it. */
const stripTop = (tier: Tier, rows: number) =>
	round((STRIP_PX / (rows * TIERS[tier].rowPx + STRIP_PX)) * 100);

function viewOf(
	state: State,
	plan: StatePlan,
	events: readonly TimedEvent[],
	{ words, frame, rows }: { words: Words; frame: FrameWords; rows: Record<Tier, number> }
): TimelineView {
	const spec = VIEWS[state];
	const rowsOf = (tier: Tier) => laneRows(plan.tiers[tier].perLane, tier);
	const [wideRows, narrowRows] = [rowsOf('wide'), rowsOf('narrow')];
	const total = (extents: [number, number][]) => extents.at(-1)?.[1] ?? 1;
	const lane = (event: TimedEvent) => LANES.findIndex((l) => l.id === laneOf(event));
	const rowIn = (tier: Tier, extents: [number, number][], event: TimedEvent) =>
		(extents[lane(event)]?.[0] ?? 0) + NAME_ROWS[tier] + (plan.tiers[tier].row.get(event.id) ?? 0);
	return {
		state,
		x: plan.scale.stops,
		y: {
			wide: [total(wideRows), stripTop('wide', rows.wide)],
			narrow: [total(narrowRows), stripTop('narrow', rows.narrow)]
		},
		lanes: LANES.map((l, i) => ({
			id: l.id,
			label: words.text(`lane-${l.id}`),
			color: l.color,
			wide: wideRows[i] ?? [0, 1],
			narrow: narrowRows[i] ?? [0, 1]
		})),
		marks: events.map((event) => {
			const shown = plan.placed.some((p) => p.id === event.id);
			return {
				id: event.id,
				lane: laneOf(event),
				span: event.datePrecision === 'month',
				dateKind: dateKindOf(event),
				shown,
				start: event.start,
				end: event.end,
				away: plan.hidden.get(event.id) ?? 0,
				wide: rowIn('wide', wideRows, event),
				narrow: rowIn('narrow', narrowRows, event),
				emphasis: spec.emphasis.length === 0 || spec.emphasis.includes(event.id) ? 1 : 0.3,
				label: shown ? (plan.labelled.get(event.id) ?? null) : null
			};
		}),
		ticks: spec.ticks.dates.map((date, i) => ({
			at: time(date),
			text: tickLabel(date, spec.ticks.dates[i - 1], spec.ticks.precision),
			align: tickAlign(plan, time(date))
		})),
		breaks: plan.scale.breaks.map((b) => ({
			from: b.from,
			to: b.to,
			text: words.text('gap', { months: formatGap(b.from, b.to) })
		})),
		groups: groupsOf(spec, plan, events, words),
		labels: labelsOf(plan, events, frame)
	};
}

/** The bursts of events a state draws as one band: how many, and when. */
function groupsOf(
	spec: TimelineViewSpec,
	plan: StatePlan,
	events: readonly TimedEvent[],
	words: Words
): TimelineView['groups'] {
	return spec.groups.map((group) => {
		const [from, to] = [time(group.from) + DAY / 4, time(group.to) - DAY / 4];
		const count = events.filter(
			(e) => e.datePrecision === 'day' && e.start >= time(group.from) && e.start < time(group.to)
		).length;
		const lastDay = new Date(time(group.to) - DAY).toISOString().slice(0, 10);
		const middle = ((plan.scale.at(from) ?? 0) + (plan.scale.at(to) ?? 0)) / 2;
		return {
			from,
			to,
			text: words.text('group', { count }),
			when: words.text('group-when', { span: formatSpan(group.from, lastDay) }),
			align: align(middle)
		};
	});
}

/** A state's labelled events, with the room each takes beside its mark on wide layouts. */
function labelsOf(
	plan: StatePlan,
	events: readonly TimedEvent[],
	frame: FrameWords
): TimelineView['labels'] {
	return [...plan.labelled].flatMap(([id, n]) => {
		const event = events.find((e) => e.id === id);
		const beside = plan.tiers.wide.beside.get(id);
		if (!event || !beside) return [];
		const room = round((beside.room / TIERS.wide.plotPx) * 100);
		return [{ id, n, side: beside.side, room, date: shortDateOf(event, frame), text: event.title }];
	});
}

function markOf(event: TimedEvent, sourceLabels: Map<string, string>, frame: FrameWords): TimelineMark {
	const dateKind = dateKindOf(event);
	return {
		id: event.id,
		lane: laneOf(event),
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
		sources: [...new Set(event.sources.map((c) => sourceLabels.get(c.source) ?? c.source))]
	};
}

export function timelineChart(dataset: Dataset, words: Words, frame: FrameWords): TimelineChart {
	const sourceLabels = new Map(dataset.sources.map((s) => [s.id, sourceLabel(s, frame)]));
	const events = dataset.events.map(timed);
	const labelText = (id: string) => {
		const event = events.find((e) => e.id === id);
		return event ? `${shortDateOf(event, frame)} ${event.title}` : id;
	};
	const plans = STATES.map((state) => [state, planState(state, VIEWS[state], events, labelText)] as const);
	// The plot is as tall as the state with the most rows needs, in every state.
	const rowsFor = (tier: Tier) =>
		Math.max(...plans.map(([, plan]) => plan.tiers[tier].perLane.reduce((a, b) => a + b, 0))) +
		NAME_ROWS[tier] * LANES.length;
	const rows = { wide: rowsFor('wide'), narrow: rowsFor('narrow') };
	return {
		meta: words.meta(creditsFor(dataset.events, dataset.sources, frame), ['events.csv', 'events.json']),
		model: {
			marks: events.map((event) => markOf(event, sourceLabels, frame)),
			views: plans.map(([state, plan]) => viewOf(state, plan, events, { words, frame, rows })),
			layout: layoutCss(rows),
			legend: {
				month: words.text('legend-month'),
				approximate: words.text('legend-approximate'),
				record: words.text('legend-record'),
				gap: words.text('legend-gap')
			},
			lanes: LANES.map((l) => ({ id: l.id, label: words.text(`lane-${l.id}`), color: l.color }))
		}
	};
}
