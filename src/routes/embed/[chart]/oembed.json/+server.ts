import { error, json } from '@sveltejs/kit';
import { CHART_NAMES } from '$lib/charts/chart';
import { oembed } from '$lib/embed/oembed';
import { buildChart } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import { loadPublication } from '$lib/server/publication';
import { CARD_STATES } from '$lib/share/cards';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const GET: RequestHandler = ({ params }) => {
	const name = CHART_NAMES.find((n) => n === params.chart);
	if (!name) error(404, `No chart named ${params.chart}`);
	const { meta } = buildChart(loadDataset(), name);
	const alt = meta.states.find((s) => s.id === CARD_STATES[name])?.alt ?? meta.summary;
	return json(oembed(name, { title: meta.title, alt, provider: loadPublication().name }));
};
