/** The charts as the registry defines them, for tests: their names, and each one's states. */
import { CHARTS, type ChartName } from '../../src/lib/charts/registry';

export { CHART_NAMES, type ChartName } from '../../src/lib/charts/registry';

/** Each chart's states, in reading order. */
export const CHART_STATES = Object.fromEntries(
	CHARTS.map((c) => [c.name, c.states])
) as unknown as {
	[N in ChartName]: readonly string[];
};

/** Each chart's key state: its card, oEmbed thumbnail and embed picture. */
export const KEY_STATES = Object.fromEntries(
	CHARTS.map((c) => [c.name, c.keyState])
) as unknown as {
	[N in ChartName]: string;
};
