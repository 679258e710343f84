/**
 * Serves the built site (build/, or BUILD_DIR) at SITE_URL's base path, like a static host.
 * `npm start` and the browser tests use it; it is not a development server.
 *
 *   node scripts/serve.js            # http://localhost:4173 (PORT to change)
 */
import { resolve } from 'node:path';
import { siteFromEnv } from './site.js';
import { createStaticServer } from './static-server.js';

const site = siteFromEnv(process.env.SITE_URL);
const dir = resolve(process.env.BUILD_DIR ?? 'build');
const port = Number(process.env.PORT) || Number(new URL(site.origin).port) || 4173;
const host = process.env.HOST ?? '127.0.0.1';

let server;
try {
	server = createStaticServer(dir, site.base);
} catch (error) {
	console.error(/** @type {Error} */ (error).message);
	process.exit(1);
}
server.listen(port, host, () => {
	console.log(`Serving ${dir} at http://localhost:${port}${site.base}/`);
});
