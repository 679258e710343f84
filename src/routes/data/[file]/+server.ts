import { error } from '@sveltejs/kit';
import { downloads } from '$lib/data/publish';
import { loadDataset } from '$lib/server/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	downloads(loadDataset()).map(({ name }) => ({ file: name }));

export const GET: RequestHandler = ({ params }) => {
	const file = downloads(loadDataset()).find(({ name }) => name === params.file);
	if (!file) error(404, `No data file named ${params.file}`);
	return new Response(file.body, { headers: { 'content-type': file.mediaType } });
};
