import { loadSite } from '$lib/build/site';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { story, charts, sources, publication } = loadSite();
	return { story, charts, sources, publication };
};
