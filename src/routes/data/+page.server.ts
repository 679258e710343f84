import { downloads } from '$lib/data/publish';
import { RECORD_TYPES, type RecordType } from '$lib/data/schema';
import { loadDataset } from '$lib/server/dataset';
import { loadDataDocs } from '$lib/server/fields';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const dataset = loadDataset();
	const files = downloads(dataset);
	const docs = loadDataDocs();
	return {
		types: (Object.keys(RECORD_TYPES) as RecordType[]).map((type) => ({
			type,
			description: docs.about[type],
			count: dataset[type].length,
			files: files
				.filter((file) => file.type === type)
				.map(({ name, format, body }) => ({
					name,
					format,
					bytes: new TextEncoder().encode(body).length
				})),
			fields: docs.fields[type]
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
