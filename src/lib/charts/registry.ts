/**
 * The charts, listed once. Every other list of charts (embed pages, oEmbed, pictures, cards, the
 * sections that carry them, the words in data/charts.aml, the dataset's checks) derives from
 * this one; the components that draw them are in components.ts, typed against it.
 */
import controlsMap from './controls-map/index.ts';
import revenue from './revenue/index.ts';
import timeline from './timeline/index.ts';

export const CHARTS = [timeline, revenue, controlsMap] as const;

type Definition = (typeof CHARTS)[number];
export type ChartName = Definition['name'];

/** What each chart's build makes, by its name. */
export type Charts = { [D in Definition as D['name']]: ReturnType<D['build']> };

export const CHART_NAMES: readonly ChartName[] = CHARTS.map((chart) => chart.name);

/** The chart named `name`, if there is one. */
export function chartNamed(name: string): Definition | undefined {
	return CHARTS.find((chart) => chart.name === name);
}
