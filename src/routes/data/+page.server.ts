import { downloads, fieldDocs } from '$lib/data/publish';
import { RECORD_TYPES, type RecordType } from '$lib/data/schema';
import { loadDataset } from '$lib/server/dataset';
import type { PageServerLoad } from './$types';

const DESCRIPTIONS: Record<RecordType, string> = {
	sources: 'The five news articles the dataset is derived from, with how each was dated.',
	events: 'Dated measures by any side, responses, market and corporate moves, oldest first.',
	figures: 'Every number the articles report, with ranges and bounds kept as such.',
	countries: 'The countries on the map of allied controls, with their roles and what each did.',
	conflicts: 'Where the articles disagree, are vague or contain errors, and how each was resolved.'
};

export const load: PageServerLoad = () => {
	const dataset = loadDataset();
	const files = downloads(dataset);
	return {
		types: (Object.keys(RECORD_TYPES) as RecordType[]).map((type) => ({
			type,
			description: DESCRIPTIONS[type],
			count: dataset[type].length,
			files: files
				.filter((file) => file.type === type)
				.map(({ name, format, body }) => ({
					name,
					format,
					bytes: new TextEncoder().encode(body).length
				})),
			fields: fieldDocs(type)
		})),
		sources: dataset.sources.map(({ id, headline, outlet, published }) => ({
			id,
			headline,
			outlet: outlet?.name ?? null,
			published:
				published.earliest === published.latest
					? published.earliest
					: `${published.earliest} or later`
		}))
	};
};
