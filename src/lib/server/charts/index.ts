/** Every chart's framing and model, built at build time from the checked dataset and copy. */
import type { ChartName } from '../../charts/chart.ts';
import type { Charts } from '../../charts/registry.ts';
import type { Dataset } from '../../data/schema.ts';
import { controlsMapChart } from './controls-map.ts';
import { loadChartCopy, type ChartCopies } from './copy.ts';
import { revenueChart } from './revenue.ts';
import { timelineChart } from './timeline.ts';

const BUILDERS = {
	timeline: timelineChart,
	revenue: revenueChart,
	'controls-map': controlsMapChart
} satisfies { [N in ChartName]: (dataset: Dataset, copy: ChartCopies[N]) => Charts[N] };

export type { Charts };

const copies = new WeakMap<Dataset, ChartCopies>();

/** One chart, by its public name: what an embed page or an oEmbed response needs. */
export function buildChart<N extends ChartName>(dataset: Dataset, name: N): Charts[N] {
	let copy = copies.get(dataset);
	if (!copy) {
		copy = loadChartCopy(dataset);
		copies.set(dataset, copy);
	}
	const build = BUILDERS[name] as unknown as (dataset: Dataset, copy: ChartCopies[N]) => Charts[N];
	return build(dataset, copy[name]);
}

export function buildCharts(dataset: Dataset): Charts {
	return {
		timeline: buildChart(dataset, 'timeline'),
		revenue: buildChart(dataset, 'revenue'),
		'controls-map': buildChart(dataset, 'controls-map')
	};
}
