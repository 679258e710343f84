/**
 * Serves the built static site (build/, or BUILD_DIR) the way a static host would: mounted at
 * SITE_URL's base path, 404.html with status 404 for unknown paths, compressed files where the
 * client accepts them. `npm start` and the browser tests use it; it is not a development server.
 *
 *   node scripts/serve.js            # http://localhost:4173 (PORT to change)
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sirv from 'sirv';
import { siteFromEnv } from './site.js';

const site = siteFromEnv(process.env.SITE_URL);
const dir = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT) || Number(new URL(site.origin).port) || 4173;
const host = process.env.HOST ?? '127.0.0.1';

if (!existsSync(resolve(dir, 'index.html'))) {
	console.error(`No built site in ${dir}: run \`npm run build\` first.`);
	process.exit(1);
}

const notFoundPage = resolve(dir, '404.html');
const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
// adapter-static precompresses the build; sirv sends the .br/.gz twin when the client accepts it.
const files = sirv(dir, { dev: false, etag: true, extensions: ['html'], gzip: true, brotli: true });

const server = createServer((req, res) => {
	const url = new URL(req.url ?? '/', 'http://localhost');
	if (site.base && url.pathname === site.base) {
		res.writeHead(301, { Location: `${site.base}/${url.search}` }).end();
		return;
	}
	if (site.base && !url.pathname.startsWith(`${site.base}/`)) {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
		return;
	}
	req.url = url.pathname.slice(site.base.length) + url.search;
	files(req, res, () => {
		res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
	});
});

server.listen(port, host, () => {
	console.log(`Serving ${dir} at http://localhost:${port}${site.base}/`);
});
