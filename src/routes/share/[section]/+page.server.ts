import { error } from '@sveltejs/kit';
import { loadSite } from '$lib/build/site';
import { sectionSummary } from '$lib/share/summary';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	loadSite().story.sections.map(({ id }) => ({ section: id }));

export const load: PageServerLoad = ({ params }) => {
	const { story } = loadSite();
	const section = story.sections.find((s) => s.id === params.section);
	if (!section) error(404, `No section ${params.section}`);
	return {
		id: section.id,
		title: section.title,
		headline: story.headline,
		description: sectionSummary(section)
	};
};
