import { loadSite } from '$lib/build/site';
import type { LayoutServerLoad } from './$types';

/** The words around the story and its charts, which every page shows some of. */
export const load: LayoutServerLoad = () => ({ frame: loadSite().frame });
