/** Every chart's framing and model, computed at build time from the checked dataset. */
import type { ChartName } from '../charts/chart.ts';
import { controlsMapChart } from '../charts/controls-map/model.ts';
import { revenueChart } from '../charts/revenue/model.ts';
import { timelineChart } from '../charts/timeline/model.ts';
import type { Dataset } from '../data/schema.ts';

const BUILDERS = {
	timeline: timelineChart,
	revenue: revenueChart,
	'controls-map': controlsMapChart
} satisfies Record<ChartName, (dataset: Dataset) => unknown>;

export type Charts = { [N in ChartName]: ReturnType<(typeof BUILDERS)[N]> };

/** One chart, by its public name: what an embed page or an oEmbed response needs. */
export function buildChart<N extends ChartName>(dataset: Dataset, name: N): Charts[N] {
	return BUILDERS[name](dataset) as Charts[N];
}

export function buildCharts(dataset: Dataset): Charts {
	return {
		timeline: buildChart(dataset, 'timeline'),
		revenue: buildChart(dataset, 'revenue'),
		'controls-map': buildChart(dataset, 'controls-map')
	};
}
