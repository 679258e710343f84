/** What every chart shares: its public name, its named states and its framing text. */
import type { Snippet } from 'svelte';

export const CHART_NAMES = ['timeline', 'revenue', 'controls-map'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** A named state of a chart: what the story's steps and the embed stepper switch between. */
export interface ChartState<Id extends string = string> {
	id: Id;
	/** Short label for a stepper button. */
	label: string;
}

/** An article a chart draws on, as its source line names it. */
export interface SourceCredit {
	id: string;
	label: string;
}

/** The framing every chart carries, computed at build time from the dataset. */
export interface ChartMeta {
	name: ChartName;
	title: string;
	/** One paragraph: what the chart shows, for everyone, and its accessible description. */
	description: string;
	/** Where the data is uncertain, said plainly. */
	note: string;
	sources: SourceCredit[];
	/** Files under /data/ the chart is drawn from, e.g. `events.csv`. */
	dataFiles: string[];
}

/** The props every chart component takes; `Data` is that chart's part of `buildCharts`. */
export interface ChartProps<Data> {
	/** Its framing and model, computed at build time. */
	chart: Data;
	/** The state to show; unknown ids show the chart's first state. */
	state?: string;
	/** Heading level of the chart's title. Default 2. */
	headingLevel?: 1 | 2 | 3;
	/** Controls shown under the chart, such as a stepper or the embed button. */
	controls?: Snippet;
}
