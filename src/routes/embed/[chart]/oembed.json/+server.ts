import { error, json } from '@sveltejs/kit';
import { loadSite } from '$lib/build/site';
import { CHART_NAMES, chartNamed } from '$lib/charts/registry';
import { oembed } from '$lib/embed/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	const definition = chartNamed(params.chart);
	if (!definition) error(404, `No chart named ${params.chart}`);
	const site = loadSite();
	return json(oembed(site.charts[definition.name].meta, site.publication.name));
};
