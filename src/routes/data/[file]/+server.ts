import { error } from '@sveltejs/kit';
import { downloads } from '$lib/build/dataset/publish';
import { loadSite } from '$lib/build/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	downloads(loadSite().dataset).map(({ name }) => ({ file: name }));

export const GET: RequestHandler = ({ params }) => {
	const file = downloads(loadSite().dataset).find(({ name }) => name === params.file);
	if (!file) error(404, `No data file named ${params.file}`);
	return new Response(file.body, { headers: { 'content-type': file.mediaType } });
};
