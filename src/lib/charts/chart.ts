/**
 * What every chart shares: its public name, its named states, the framing text the build gives
 * it, and the props its component takes. No dependencies: the browser modules import it too.
 */
import type { Snippet } from 'svelte';

export const CHART_NAMES = ['timeline', 'revenue', 'controls-map'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/**
 * Each chart's states, in reading order: the one place they are declared. The ids are public
 * (`/embed/<chart>/?state=`, `data-state`, the story's steps), so they never change once published.
 */
export const CHART_STATES = {
	timeline: ['overview', 'allied-controls', 'review', 'ban', 'responses'],
	revenue: ['whole', 'china-share', 'loss-estimate'],
	'controls-map': ['overview', 'allies', 'netherlands', 'japan', 'china', 'suppliers']
} as const satisfies Record<ChartName, readonly string[]>;

export type StateOf<N extends ChartName> = (typeof CHART_STATES)[N][number];

/** Whether `id` names one of the chart's states. */
export function isChartState<N extends ChartName>(
	name: N,
	id: string | null | undefined
): id is StateOf<N> {
	return (CHART_STATES[name] as readonly string[]).includes(id ?? '');
}

/** The state `id` names, or the chart's first state when it names none. */
export function chartState<N extends ChartName>(
	name: N,
	id: string | null | undefined
): StateOf<N> {
	return isChartState(name, id) ? id : (CHART_STATES[name][0] as StateOf<N>);
}

/** One state as readers meet it: a stepper label and a description of what it shows. */
export interface StateCopy {
	id: string;
	/** Short label for a stepper button. */
	label: string;
	/** What the chart shows in this state: its text alternative, and the caption of its image. */
	alt: string;
}

/** An article a chart draws on, as its source line names it. */
export interface SourceCredit {
	id: string;
	label: string;
}

/** The framing every chart carries, resolved at build time from the copy and the dataset. */
export interface ChartMeta {
	name: ChartName;
	title: string;
	/** One sentence under the plot: what it shows. */
	summary: string;
	/** The full text alternative: for assistive technology and the data area. */
	description: string;
	/** Where the data is uncertain, said plainly. */
	note: string;
	states: StateCopy[];
	sources: SourceCredit[];
	/** Files under /data/ the chart is drawn from, e.g. `events.csv`. */
	dataFiles: string[];
}

/** The props every chart component takes; `Data` is what the build made for that chart. */
export interface ChartProps<Data> {
	/** Its framing and model, computed at build time. */
	chart: Data;
	/** The state drawn first (the browser may switch it); an unknown id draws the first state. */
	state?: string;
	/** Heading level of the chart's title. Default 2. */
	headingLevel?: 1 | 2 | 3;
	/** Controls in the chart's notes area, such as a stepper or the embed code. */
	controls?: Snippet;
	/** What reads alongside the figure (the story's scroll steps), before the notes. */
	steps?: Snippet;
}
