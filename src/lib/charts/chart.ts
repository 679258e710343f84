/**
 * What every chart shares: the definition its folder exports (`defineChart`), the framing its
 * build resolves from the copy, and the props its component takes. A chart is one folder,
 * `charts/<name>/`: `index.ts` defines it, `build/` turns the dataset and its words into what its
 * components draw, and the components draw it. `registry.ts` lists the charts, once.
 */
import type { Snippet } from 'svelte';
import type { ChartWords, WordsSpec } from '../build/copy/chart-words.ts';
import type { FrameWords } from '../build/copy/frame.ts';
import type { FigureNeed } from '../build/dataset/needs.ts';
import type { Dataset } from '../build/dataset/schema.ts';
import type { Problem } from '../build/problems.ts';

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
	name: string;
	/** The state that sums the chart up: its card, oEmbed thumbnail and embed picture. */
	keyState: string;
	/** An iframe's height before our script sizes it, in px. */
	embedHeight: number;
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

/** What a chart's build makes: its framing, and the model its components draw. */
export interface BuiltChart<Model = unknown> {
	meta: ChartMeta;
	model: Model;
}

/** A chart, as its folder defines it. */
export interface ChartDefinition<
	Name extends string = string,
	State extends string = string,
	Field extends string = string,
	Built extends BuiltChart = BuiltChart
> extends WordsSpec {
	/** Public name: `data-chart`, `/embed/<name>/`, the section that carries it. */
	name: Name;
	/** Its states in reading order. Public (`?state=`, `data-state`, the story's steps): never renamed. */
	states: readonly [State, ...State[]];
	keyState: NoInfer<State>;
	/** The embed page's full height at 320 px wide, so nothing is cut off before script runs. */
	embedHeight: number;
	/** Its own fields in data/charts.aml, beyond the framing every chart has. */
	words: readonly Field[];
	/** Figures it draws, with the kind and numbers it reads: checked when the dataset loads. */
	figures?: readonly FigureNeed[];
	/** Country codes it can draw: every country in the dataset must be one of them. */
	countryCodes?: () => ReadonlySet<string>;
	/** Its editorial views checked against the dataset, before it is built. */
	checkViews?: (dataset: Dataset) => Problem[];
	/** Turns the checked dataset, its words and the frame's into what its components draw. */
	build(dataset: Dataset, words: ChartWords<NoInfer<Field>>, frame: FrameWords): Built;
}

/** Declares a chart; the types then hold every part of it to its states and words. */
export function defineChart<
	Name extends string,
	State extends string,
	Field extends string,
	Built extends BuiltChart
>(
	definition: ChartDefinition<Name, State, Field, Built>
): ChartDefinition<Name, State, Field, Built> {
	return definition;
}

/** The props every chart component takes; `Data` is what its build made. */
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

/** The state `id` names in `meta`, or the chart's first state when it names none. */
export function stateIn(meta: Pick<ChartMeta, 'states'>, id: string | null | undefined): string {
	return meta.states.find((s) => s.id === id)?.id ?? meta.states[0]?.id ?? '';
}
