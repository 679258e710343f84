import { error } from '@sveltejs/kit';
import { loadSite } from '$lib/build/site';
import { CHART_NAMES, chartNamed } from '$lib/charts/registry';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

/** An embed page carries its own chart and nothing else. */
export const load: PageServerLoad = ({ params }) => {
	const definition = chartNamed(params.chart);
	if (!definition) error(404, `No chart named ${params.chart}`);
	return { name: definition.name, chart: loadSite().charts[definition.name] };
};
