import { error } from '@sveltejs/kit';
import { buildCharts } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import { loadStory } from '$lib/server/story';
import { CARD_IDS, CARD_STATES, cardChart, type CardId } from '$lib/share/cards';
import type { EntryGenerator, PageServerLoad } from './$types';

// The card pages exist only to be photographed at build time (scripts/cards.js), which then
// removes them and keeps the PNGs.
export const entries: EntryGenerator = () => CARD_IDS.map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const id = CARD_IDS.find((card) => card === params.id) as CardId | undefined;
	if (!id) error(404, `No card ${params.id}`);
	const dataset = loadDataset();
	const story = loadStory(dataset);
	const section = story.sections.find((s) => s.id === id);
	const name = cardChart(id);
	return {
		headline: story.headline,
		title: section?.title ?? null,
		line: story.page.card,
		kicker: story.page['card-kicker'],
		name,
		chart: buildCharts(dataset)[name],
		state: CARD_STATES[name]
	};
};
