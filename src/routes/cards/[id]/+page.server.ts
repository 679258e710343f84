import { error } from '@sveltejs/kit';
import { loadSite } from '$lib/build/site';
import { cardIds, cardChart } from '$lib/share/cards';
import type { EntryGenerator, PageServerLoad } from './$types';

// The card pages exist only to be photographed at build time (scripts/pictures.js), which then
// removes them and keeps the PNGs.
export const entries: EntryGenerator = () => cardIds(loadSite().story).map((id) => ({ id }));

export const load: PageServerLoad = ({ params }) => {
	const { story, charts } = loadSite();
	if (!cardIds(story).includes(params.id)) error(404, `No card ${params.id}`);
	const section = story.sections.find((s) => s.id === params.id);
	const name = cardChart(story, params.id);
	return {
		headline: story.headline,
		title: section?.title ?? null,
		line: story.page.card,
		name,
		chart: charts[name]
	};
};
