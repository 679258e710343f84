import { error } from '@sveltejs/kit';
import { CHART_NAMES, type ChartName } from '$lib/charts/chart';
import { buildCharts } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const name = CHART_NAMES.find((n) => n === params.chart);
	if (!name) error(404, `No chart named ${params.chart}`);
	// Only this chart's data: the page ships nothing it does not show.
	const chart = buildCharts(loadDataset())[name as ChartName];
	return { name, chart };
};
