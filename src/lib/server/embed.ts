import type { ChartName } from '$lib/charts/chart';
import { buildChart, type Charts } from './charts';
import { loadDataset } from './dataset';

/** What an embed page loads: its own chart's data and nothing else. */
export function embedData<N extends ChartName>(name: N): { chart: Charts[N] } {
	return { chart: buildChart(loadDataset(), name) };
}
