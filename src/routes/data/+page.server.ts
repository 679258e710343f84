import { downloads } from '$lib/build/dataset/publish';
import { RECORD_TYPES, type RecordType } from '$lib/build/dataset/schema';
import { loadSite } from '$lib/build/site';
import { fill } from '$lib/frame';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	const { dataset, docs, frame } = loadSite();
	const files = downloads(dataset);
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
					: fill(frame.dates['or-later'], { date: published.earliest })
		}))
	};
};
