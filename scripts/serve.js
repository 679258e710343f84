/**
 * Serves the built site (build/, or BUILD_DIR) at SITE_URL's base path, like a static host.
 * `npm start` and the browser tests use it; it is not a development server.
 *
 *   node scripts/serve.js            # http://localhost:4173 (PORT to change)
 *
 * Whatever stops it (no build, a port that is taken or not a port) is said in one line, with
 * exit status 1.
 */
import { resolve } from 'node:path';
import { localBuildNotice, siteFromEnv } from './site.js';
import { createStaticServer } from './static-server.js';

/**
 * @param {string} message
 * @returns {never}
 */
function stop(message) {
	console.error(message);
	process.exit(1);
}

/**
 * The port to listen on: PORT, else SITE_URL's, else 4173.
 * @param {string | undefined} value PORT
 * @param {string} origin SITE_URL's origin
 * @returns {number}
 */
function portFrom(value, origin) {
	if (value === undefined || value.trim() === '') return Number(new URL(origin).port) || 4173;
	const port = Number(value);
	if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
		throw new Error(`PORT must be a whole number from 1 to 65535; got "${value}".`);
	}
	return port;
}

const dir = resolve(process.env.BUILD_DIR ?? 'build');
const host = process.env.HOST ?? '127.0.0.1';
const { site, port, server } = (() => {
	try {
		const site = siteFromEnv(process.env.SITE_URL);
		const port = portFrom(process.env.PORT, site.origin);
		return { site, port, server: createStaticServer(dir, site.base) };
	} catch (error) {
		return stop(/** @type {Error} */ (error).message);
	}
})();

server.on('error', (/** @type {NodeJS.ErrnoException} */ error) => {
	if (error.code === 'EADDRINUSE') {
		stop(
			`Port ${port} is already in use (another server?): stop it, or choose another with PORT=…`
		);
	}
	if (error.code === 'EACCES') {
		stop(`Port ${port} needs privileges here: choose one above 1023 with PORT=…`);
	}
	stop(`Cannot serve on ${host}:${port}: ${error.message}`);
});
server.listen(port, host, () => {
	console.log(`Serving ${dir} at http://localhost:${port}${site.base}/`);
	const notice = localBuildNotice(site, port);
	if (notice) console.warn(notice);
});
