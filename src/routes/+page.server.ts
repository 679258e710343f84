import { buildCharts } from '$lib/server/charts';
import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ charts: buildCharts(loadDataset()) });
