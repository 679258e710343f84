import { error } from '@sveltejs/kit';
import { loadDataset } from '$lib/server/dataset';
import { loadStory } from '$lib/server/story';
import { SECTION_IDS } from '$lib/story/sections';
import { sectionSummary } from '$lib/share/summary';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => SECTION_IDS.map((section) => ({ section }));

export const load: PageServerLoad = ({ params }) => {
	const story = loadStory(loadDataset());
	const section = story.sections.find((s) => s.id === params.section);
	if (!section) error(404, `No section ${params.section}`);
	return {
		id: section.id,
		title: section.title,
		headline: story.headline,
		description: sectionSummary(section)
	};
};
