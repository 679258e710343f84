/** Every chart's framing and model, computed at build time from the checked dataset. */
import { controlsMapChart } from '../charts/controls-map/model.ts';
import { revenueChart } from '../charts/revenue/model.ts';
import { timelineChart } from '../charts/timeline/model.ts';
import type { Dataset } from '../data/schema.ts';

export function buildCharts(dataset: Dataset) {
	return {
		timeline: timelineChart(dataset),
		revenue: revenueChart(dataset),
		'controls-map': controlsMapChart(dataset)
	};
}

export type Charts = ReturnType<typeof buildCharts>;
