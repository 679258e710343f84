import { buildCharts } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import { loadPublication } from '$lib/server/publication';
import { loadStory } from '$lib/server/story';
import { sourcesInfo } from '$lib/server/sources';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const dataset = loadDataset();
	return {
		story: loadStory(dataset),
		charts: buildCharts(dataset),
		sources: sourcesInfo(dataset),
		publication: loadPublication()
	};
};
