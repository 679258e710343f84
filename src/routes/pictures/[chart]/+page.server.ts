import { error } from '@sveltejs/kit';
import { loadSite } from '$lib/build/site';
import { CHART_NAMES, chartNamed } from '$lib/charts/registry';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page per chart, only to be photographed at build time (scripts/pictures.js) in every state;
// the script then removes it and keeps the pictures under /images/<chart>/.
export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const definition = chartNamed(params.chart);
	if (!definition) error(404, `No chart named ${params.chart}`);
	const site = loadSite();
	return {
		name: definition.name,
		chart: site.charts[definition.name],
		publication: site.publication
	};
};
