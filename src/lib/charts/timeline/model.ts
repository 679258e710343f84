/**
 * What the build hands the timeline's component: every event once, with each state's position,
 * size and emphasis as custom properties (see state-css.ts), and the pieces each state adds:
 * ticks, breaks, group bands and labels. Types only, and the lanes: safe in the browser.
 */
import type { ChartMeta } from '../chart.ts';

/** The lanes, top to bottom, each with its colour token. */
export const LANES = [
	{ id: 'allies', color: 'var(--c-allies)' },
	{ id: 'micron', color: 'var(--c-micron)' },
	{ id: 'china', color: 'var(--c-china)' }
] as const;

export type LaneId = (typeof LANES)[number]['id'];

/** Marker shapes, so lanes and kinds never rely on colour alone. */
export type MarkShape = 'circle' | 'diamond' | 'triangle' | 'down';

/** How an event's date was fixed, as the chart draws it. */
export type DateKind = 'stated' | 'record' | 'approximate';

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
	/** Each state's --x, --w, --y, --vis, --o and --key, inline. */
	vars: string;
}

/** Something drawn in some states only: a tick, a break, a group band or a label. */
export interface StatePiece {
	/** Stable key for the list. */
	key: string;
	text: string;
	vars: string;
}

export interface TimelineModel {
	lanes: { id: LaneId; label: string; color: string; vars: string }[];
	marks: TimelineMark[];
	ticks: (StatePiece & { align: 'start' | 'middle' | 'end' })[];
	gridlines: StatePiece[];
	breaks: StatePiece[];
	/** Bursts of events drawn as one band: how many (`text`), and when. */
	groups: (StatePiece & { when: string; align: 'start' | 'middle' | 'end' })[];
	/**
	 * Each state's event labels: beside their marks when wide; when narrow, a numbered list under
	 * the plot. Every state's list is laid in the same place, so the chart keeps one height.
	 */
	labelSets: (StatePiece & {
		labels: (StatePiece & { n: number; side: 'left' | 'right' | 'inside'; date: string })[];
	})[];
	/** The generated rules that make each state current. */
	css: string;
	/** The most rows any state needs, wide and narrow: the plot's height follows. */
	rows: { wide: number; narrow: number };
	/** Words for the legend. */
	legend: { month: string; approximate: string; record: string; gap: string };
}

export interface TimelineChart {
	meta: ChartMeta;
	model: TimelineModel;
}
