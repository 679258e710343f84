/**
 * A static file server for the built site, as a static host would serve it: mounted at the
 * base path, 404.html with status 404 for unknown paths, precompressed files where accepted.
 * Used by `npm start` (scripts/serve.js), the browser tests and the card renderer.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';

/**
 * @param {string} dir the built site
 * @param {string} base the base path ('' or '/sub/path')
 * @returns {import('node:http').Server}
 */
export function createStaticServer(dir, base) {
	const root = resolve(dir);
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error(`No built site in ${root}: run \`npm run build\` first.`);
	}
	const notFoundPage = resolve(root, '404.html');
	const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
	// adapter-static precompresses the build; sirv sends the .br/.gz twin when the client accepts it.
	const files = sirv(root, {
		dev: false,
		etag: true,
		extensions: ['html'],
		gzip: true,
		brotli: true
	});
	/** @param {import('node:http').ServerResponse} res */
	const missing = (res) => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
	};

	return createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		if (base && url.pathname === base) {
			res.writeHead(301, { Location: `${base}/${url.search}` }).end();
			return;
		}
		if (base && !url.pathname.startsWith(`${base}/`)) {
			missing(res);
			return;
		}
		req.url = url.pathname.slice(base.length) + url.search;
		files(req, res, () => missing(res));
	});
}
