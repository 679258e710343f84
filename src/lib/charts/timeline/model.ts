/**
 * What the build hands the timeline's components: every event once (its mark and its details),
 * and for every state the data its LayerCake draws: the time scale, the rows, and each event's
 * place or where it went. Types only, and the lanes: safe in the browser.
 */
import type { ChartMeta } from '../chart.ts';

/** The lanes, top to bottom, each with its colour token. */
export const LANES = [
	{ id: 'allies', color: 'var(--color-allies)' },
	{ id: 'micron', color: 'var(--color-micron)' },
	{ id: 'china', color: 'var(--color-china)' }
] as const;

export type LaneId = (typeof LANES)[number]['id'];

/** Marker shapes, so lanes and kinds never rely on colour alone. */
export type MarkShape = 'circle' | 'diamond' | 'triangle' | 'down';

/** How an event's date was fixed, as the chart draws it. */
export type DateKind = 'stated' | 'record' | 'approximate';

/** An event: its mark (a button that opens its details) and what the details say. */
export interface TimelineMark {
	id: string;
	lane: LaneId;
	shape: MarkShape;
	/** Known only to the month: drawn as a bar across it. */
	span: boolean;
	dateKind: DateKind;
	/** "21 May 2023", "About 21 May 2023", "May 2023". */
	dateLabel: string;
	/** ISO date for `<time datetime>`. */
	iso: string;
	actor: string;
	title: string;
	summary: string;
	/** How the date was fixed, when the articles do not state it. */
	dateNote: string | null;
	sources: string[];
}

/** An event in one state: where it sits, or where it went. Times in ms since the epoch. */
export interface ViewMark {
	id: string;
	lane: LaneId;
	span: boolean;
	dateKind: DateKind;
	/** Shown in this state; else hidden, at `away`. */
	shown: boolean;
	start: number;
	end: number;
	/** Where a hidden mark went, in percent of the axis: off an edge, or into its group. */
	away: number;
	/** Its row from the top of the plot, on wide and on narrow layouts. */
	wide: number;
	narrow: number;
	/** How strongly it is drawn: 1, or less where the state sets it back. */
	emphasis: number;
	/** Its label's number in the list under the plot on narrow layouts, if labelled. */
	label: number | null;
}

/** One state of the timeline: what its LayerCake draws, and its marks' places. */
export interface TimelineView {
	state: string;
	/** The time scale: piecewise linear, each stretch's ends and where they sit on the axis. */
	x: { domain: number[]; range: number[] };
	/** Rows drawn, and where the first starts (in percent: the strip for groups is above). */
	y: { wide: [rows: number, top: number]; narrow: [rows: number, top: number] };
	lanes: {
		id: LaneId;
		label: string;
		color: string;
		wide: [number, number];
		narrow: [number, number];
	}[];
	marks: ViewMark[];
	ticks: { at: number; text: string; align: Align }[];
	breaks: { from: number; to: number; text: string }[];
	/** Bursts of events drawn as one band: how many (`text`), and when. */
	groups: { from: number; to: number; text: string; when: string; align: Align }[];
	/** Labelled events: beside their marks on wide layouts, numbered in a list on narrow. */
	labels: {
		id: string;
		n: number;
		side: 'left' | 'right' | 'inside';
		/** The room it takes on a wide plot, in percent of its width. */
		room: number;
		date: string;
		text: string;
	}[];
}

export type Align = 'start' | 'middle' | 'end';

export interface TimelineModel {
	marks: TimelineMark[];
	views: TimelineView[];
	/** The layout's numbers as the CSS reads them (layout.ts). */
	layout: string;
	/** Words for the legend. */
	legend: { month: string; approximate: string; record: string; gap: string };
	lanes: { id: LaneId; label: string; color: string }[];
}

export interface TimelineChart {
	meta: ChartMeta;
	model: TimelineModel;
}
