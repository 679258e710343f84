import { CHART_STATES, type ChartName } from '$lib/charts/chart';
import { buildChart, type Charts } from './charts';
import { loadDataset } from './dataset';
import { loadEmbedWords } from './embed-words';

/**
 * What an embed page loads: its own chart's data and nothing else, and its words for a `?state=`
 * the chart does not have, around what was asked for.
 */
export function embedData<N extends ChartName>(
	name: N
): { chart: Charts[N]; unknownState: [string, string] } {
	const chart = buildChart(loadDataset(), name);
	const first = chart.meta.states.find((s) => s.id === CHART_STATES[name][0]);
	return { chart, unknownState: loadEmbedWords().unknownState(first?.label ?? '') };
}
