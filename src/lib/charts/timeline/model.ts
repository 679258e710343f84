/**
 * Builds the timeline from the dataset at build time: one mark per event, in three lanes (the
 * US and its allies, Micron and the markets, China), and one view per state. Positions along
 * time are left to the chart's scale; everything else a reader sees is computed here.
 */
import { formatDate, formatShortDate } from '../../format.ts';
import { periodEnd, periodStart } from '../../data/dates.ts';
import type { Dataset, TimelineEvent } from '../../data/schema.ts';
import type { ChartMeta } from '../chart.ts';
import { creditsFor, sourceLabel } from '../credits.ts';
import { TIMELINE_STATES, type TimelineStateId } from './states.ts';
import { LANES, type LaneId } from './lanes.ts';
import { VIEWS, type ViewSpec } from './views.ts';

export { LANES, laneColor, type LaneId } from './lanes.ts';

/** Marker shapes, so lanes and kinds never rely on colour alone. */
export type MarkShape = 'circle' | 'diamond' | 'triangle' | 'down';

export interface TimelineMark {
	id: string;
	lane: LaneId;
	shape: MarkShape;
	/** Sub-row within the lane, so events on the same days do not sit on top of each other. */
	row: number;
	precision: 'day' | 'month';
	/** Placed by context rather than stated: drawn hollow, labelled "About". */
	approximate: boolean;
	/** Time the mark spans, in ms since the epoch: a whole month, or the middle of its day. */
	start: number;
	end: number;
	dateLabel: string;
	shortDate: string;
	actor: string;
	title: string;
	summary: string;
	sources: string[];
}

export interface TimelineView {
	/** Piecewise time scale: window breakpoints (ms) and their positions (percent). */
	domain: number[];
	range: number[];
	compressed: { start: number; end: number } | null;
	ticks: { value: number; label: string }[];
	emphasis: string[];
	labels: string[];
	compactLabels: string[];
	leftLabels: string[];
}

export interface TimelineModel {
	lanes: typeof LANES;
	marks: TimelineMark[];
	views: Record<TimelineStateId, TimelineView>;
}

const HALF_DAY = 12 * 60 * 60 * 1000;
/**
 * Points closer than this in one lane get separate sub-rows: on a phone a day is about 5 px of
 * the full timeline, and each mark needs a 24 px target of its own.
 */
const NEAR = 5 * 24 * 60 * 60 * 1000;

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

/** Where a mark sits in time: a month spans the month; a day is a point at midday. */
export function markTime(date: string, precision: 'day' | 'month'): { start: number; end: number } {
	if (precision === 'month') return { start: +periodStart(date), end: +periodEnd(date) };
	const middle = +periodStart(date) + HALF_DAY;
	return { start: middle, end: middle };
}

type Slot = Pick<TimelineMark, 'lane' | 'start' | 'end'>;

function clash(a: Slot, b: Slot): boolean {
	return a.lane === b.lane && a.start - NEAR < b.end && b.start - NEAR < a.end;
}

/**
 * Sub-rows within each lane: every mark takes the lowest row that no clashing mark already
 * holds (same lane, overlapping in time, or less than five days apart). Day marks are placed
 * first and month bars after, so the points sit on the top rows and each bar's label has the
 * row's width to itself. Rows stay the same in every view: marks never jump when the chart zooms.
 */
export function assignRows(slots: readonly Slot[]): number[] {
	const isSpan = (slot: Slot) => slot.end > slot.start;
	const order = slots
		.map((slot, index) => index)
		.sort((a, b) => Number(isSpan(slots[a] as Slot)) - Number(isSpan(slots[b] as Slot)) || a - b);
	const rows: number[] = new Array<number>(slots.length).fill(0);
	order.forEach((index, position) => {
		const slot = slots[index] as Slot;
		const taken = new Set(
			order
				.slice(0, position)
				.filter((other) => clash(slot, slots[other] as Slot))
				.map((other) => rows[other])
		);
		let row = 0;
		while (taken.has(row)) row += 1;
		rows[index] = row;
	});
	return rows;
}

function checkView(id: string, spec: ViewSpec, known: ReadonlySet<string>): void {
	const named = [
		...spec.emphasis,
		...spec.labels,
		...spec.compactLabels,
		...(spec.leftLabels ?? [])
	];
	for (const event of named) {
		if (!known.has(event)) throw new Error(`Timeline view "${id}" names unknown event "${event}"`);
	}
	// A faded mark's label would be faded too, below the contrast readers need.
	for (const label of [...spec.labels, ...spec.compactLabels]) {
		if (spec.emphasis.length > 0 && !spec.emphasis.includes(label)) {
			throw new Error(`Timeline view "${id}" labels "${label}", which it does not emphasise`);
		}
	}
}

export function timelineChart(dataset: Dataset): { meta: ChartMeta; model: TimelineModel } {
	const sourceLabels = new Map(dataset.sources.map((s) => [s.id, sourceLabel(s)]));
	const slots = dataset.events.map((event) => ({
		lane: laneOf(event),
		...markTime(event.date, event.datePrecision)
	}));
	const rows = assignRows(slots);
	const marks: TimelineMark[] = dataset.events.map((event, index) => {
		const approximate = event.dateBasis.method === 'context';
		const slot = slots[index] ?? { lane: laneOf(event), start: 0, end: 0 };
		return {
			id: event.id,
			lane: slot.lane,
			shape: shapeOf(event),
			row: rows[index] ?? 0,
			precision: event.datePrecision,
			approximate,
			start: slot.start,
			end: slot.end,
			dateLabel: formatDate(event.date, event.datePrecision, approximate),
			shortDate: formatShortDate(event.date, event.datePrecision),
			actor: event.actor,
			title: event.title,
			summary: event.summary,
			sources: [...new Set(event.sources.map((c) => sourceLabels.get(c.source) ?? c.source))]
		};
	});

	const known = new Set(marks.map((mark) => mark.id));
	const views = Object.fromEntries(
		TIMELINE_STATES.map(({ id }) => {
			const spec = VIEWS[id];
			checkView(id, spec, known);
			const view: TimelineView = {
				domain: spec.window.dates.map((date) => +periodStart(date)),
				range: spec.window.at,
				compressed: spec.compressed
					? { start: +periodStart(spec.compressed.from), end: +periodStart(spec.compressed.to) }
					: null,
				ticks: spec.ticks.dates.map((date) => ({
					value: +periodStart(date),
					label: formatShortDate(
						spec.ticks.precision === 'month' ? date.slice(0, 7) : date,
						spec.ticks.precision
					)
				})),
				emphasis: spec.emphasis,
				labels: spec.labels,
				compactLabels: spec.compactLabels,
				leftLabels: spec.leftLabels ?? []
			};
			return [id, view];
		})
	) as Record<TimelineStateId, TimelineView>;

	const first = dataset.events[0];
	const last = dataset.events.at(-1);
	const meta: ChartMeta = {
		name: 'timeline',
		title: 'Measures and countermeasures, October 2022 to May 2023',
		description: `Each mark is one of ${marks.length} dated events, from ${first ? formatDate(first.date, first.datePrecision) : ''} to ${last ? formatDate(last.date, last.datePrecision) : ''}, in three lanes: export controls and statements by the United States and its allies at the top, Micron's statements and share-price falls in the middle, and China's review, ban and other actions at the bottom. Events known only to the month are drawn as bars spanning the month; hollow marks are dated approximately.`,
		note: 'Several dates are reasoned rather than stated: the articles give weekdays, "last week" or "late March", and no year. Hollow marks are reactions the articles do not date, placed on the day of the event they answer. The four quiet months from November 2022 to February 2023 are compressed.',
		sources: creditsFor(dataset.events, dataset.sources),
		dataFiles: ['events.csv', 'events.json']
	};

	return { meta, model: { lanes: LANES, marks, views } };
}
