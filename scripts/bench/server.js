/** The built site for the bench: built if missing, served on loopback as gzip. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { createStaticServer } from '../static-server.js';

/**
 * Runs `npm run build` when there is no built site to measure.
 * @param {string} root the repository
 * @param {string} buildDir
 */
export function ensureBuild(root, buildDir) {
	if (existsSync(join(buildDir, 'index.html'))) return;
	console.log(`No built site in ${buildDir}: running \`npm run build\` first.\n`);
	const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0 || !existsSync(join(buildDir, 'index.html'))) {
		throw new Error('The build failed; there is nothing to measure.');
	}
}

/**
 * Serves a built site on a free loopback port through createStaticServer, as `npm run serve`
 * does, but as gzip only: the budgets are in gzip bytes (brotli would be a little smaller).
 * @param {string} dir
 * @param {string} base
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
export async function serve(dir, base) {
	const inner = createStaticServer(dir, base);
	const handle = /** @type {import('node:http').RequestListener} */ (inner.listeners('request')[0]);
	const server = createServer((req, res) => {
		const accepted = String(req.headers['accept-encoding'] ?? '');
		req.headers['accept-encoding'] = /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
		handle(req, res);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	return {
		port: typeof address === 'object' && address ? address.port : 0,
		close: () => new Promise((done) => server.close(() => done()))
	};
}

/**
 * How Chromium reaches the site: at the origin it was built for, mapped to the loopback port, so
 * canonical and og: URLs are same-origin as in production. A build for https cannot be mapped
 * (the bench serves http), so it is reached directly, with a note.
 * @param {import('../site.js').Site} site
 * @param {number} port the bench server's
 * @returns {{ origin: string, args: string[], note?: string }} args: Chromium flags
 */
export function reachSite(site, port) {
	const builtFor = new URL(site.origin);
	if (builtFor.protocol !== 'http:') {
		const origin = `http://localhost:${port}`;
		return {
			origin,
			args: [],
			note:
				`The build is for ${site.origin} (https), served here over http at ${origin}: canonical ` +
				'and og: URLs point at another origin than the page, which Lighthouse judges differently.'
		};
	}
	const hostPort = `${builtFor.hostname}:${builtFor.port || '80'}`;
	return {
		origin: site.origin,
		args: [`--host-resolver-rules=MAP ${hostPort} 127.0.0.1:${port}`]
	};
}
