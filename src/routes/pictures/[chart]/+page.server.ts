import { error } from '@sveltejs/kit';
import { CHART_NAMES, CHART_STATES } from '$lib/charts/chart';
import { buildChart } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import { loadPublication } from '$lib/server/publication';
import { CARD_STATES } from '$lib/share/cards';
import type { EntryGenerator, PageServerLoad } from './$types';

// A page per chart, only to be photographed at build time (scripts/pictures.js) in every state;
// the script then removes it and keeps the pictures under /images/<chart>/.
export const entries: EntryGenerator = () => CHART_NAMES.map((chart) => ({ chart }));

export const load: PageServerLoad = ({ params }) => {
	const name = CHART_NAMES.find((n) => n === params.chart);
	if (!name) error(404, `No chart named ${params.chart}`);
	return {
		name,
		chart: buildChart(loadDataset(), name),
		states: CHART_STATES[name],
		keyState: CARD_STATES[name],
		publication: loadPublication()
	};
};
