import { error, json } from '@sveltejs/kit';
import { CHART_NAMES } from '$lib/charts/chart';
import { oembed } from '$lib/embed/oembed';
import { buildChart } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	const name = CHART_NAMES.find((n) => n === params.chart);
	if (!name) error(404, `No chart named ${params.chart}`);
	return json(oembed(name, buildChart(loadDataset(), name).meta.title));
};
