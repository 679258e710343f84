/**
 * The built site served as a static host serves it, for `npm start` (scripts/serve.js), the
 * browser tests, the picture step and the bench. Express's serve-static (on `send`) finds and
 * sends the files: index.html for a directory, NAME.html for /NAME, a 301 adding a directory's
 * slash, dotfiles hidden, ETag and 304, ranges and 416, HEAD, the content type; it destroys the
 * file stream when a client goes away. Around it, what a host adds: the base path, the .br/.gz
 * twins a client accepts (serve-static knows none), the headers of build/_headers
 * (headers-file.js), caching, 404.html with status 404, and a 400 for request targets that can
 * name no file. Slow clients are cut off: 10 s to send the headers.
 */
import { createServer, STATUS_CODES } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, relative, resolve, sep } from 'node:path';
import { contentType } from 'mime-types';
import Negotiator from 'negotiator';
import serveStatic from 'serve-static';
import { headersFor, parseHeadersFile } from './headers-file.js';

export { headersFor, parseHeadersFile };

/** Time a client has to send its request's headers, and all of it. */
export const TIMEOUTS = { headersTimeout: 10_000, requestTimeout: 30_000 };

/**
 * negotiator 1.0 breaks ties between equally accepted codings by the server's preference; its
 * types (for 0.6) do not know that second argument yet.
 */
const encodings =
	/** @type {(available: string[], options: { preferred: string[] }) => string[]} */ (
		Negotiator.prototype.encodings
	);

/** The twins the build writes beside a file (adapter-static's precompress), best first. */
const TWINS = /** @type {const} */ ({ br: '.br', gzip: '.gz' });

/**
 * The Range header to hand on, or undefined to send the whole file. RFC 9110 (14.2) lets a
 * server ignore a Range header; this one ignores all but one well-formed byte range, because
 * send's range-parser answers `bytes=abc` and `bytes=5-1` with 416 (14.1.1: they are invalid,
 * to be ignored) and merges overlapping multi-ranges into one. A suffix longer than the file
 * means the whole file (14.1.2), which range-parser would refuse, so it becomes `bytes=0-`.
 * @param {string | undefined} header
 * @param {number} size
 * @returns {string | undefined}
 */
export function normalizeRange(header, size) {
	const match = /^bytes=(?:(\d+)-(\d*)|-(\d+))$/i.exec(header?.trim() ?? '');
	if (!match || size === 0) return undefined;
	const [, first, last, suffix] = match;
	if (suffix !== undefined) return Number(suffix) >= size ? 'bytes=0-' : `bytes=-${suffix}`;
	if (last && Number(last) < Number(first)) return undefined;
	return `bytes=${first}-${last}`;
}

/**
 * The path and query of a request target, origin-form (`/a?b`, split by hand: `new URL` reads
 * `//host:port/` as an authority and throws on a bad one) or absolute-form (`http://host/a`,
 * as proxies send); undefined for anything else.
 * @param {string} target
 */
function parseTarget(target) {
	if (target.startsWith('/')) {
		const query = target.indexOf('?');
		return query === -1
			? { pathname: target, search: '' }
			: { pathname: target.slice(0, query), search: target.slice(query) };
	}
	if (!/^https?:\/\//i.test(target)) return undefined;
	try {
		const url = new URL(target);
		return { pathname: url.pathname, search: url.search };
	} catch {
		return undefined;
	}
}

/**
 * Caching, where build/_headers says nothing: pages and the files that name the build's other
 * files are asked about every time; anything else may be kept briefly.
 * @param {string} file within the site, e.g. `_app/version.json`
 */
function cacheControl(file) {
	const pages = file.endsWith('.html') || file.endsWith('__data.json');
	return pages || file === '_app/version.json' ? 'no-cache' : 'public, max-age=300';
}

/**
 * @param {string} dir the built site
 * @param {string} base the base path ('' or '/sub/path')
 * @param {Partial<typeof TIMEOUTS>} [timeouts]
 * @returns {import('node:http').Server}
 */
export function createStaticServer(dir, base, timeouts = {}) {
	const root = resolve(dir);
	if (!existsSync(resolve(root, 'index.html'))) {
		throw new Error(`No built site in ${root}: run \`npm run build\` first.`);
	}
	const notFoundPage = resolve(root, '404.html');
	const notFound = existsSync(notFoundPage) ? readFileSync(notFoundPage) : Buffer.from('Not found');
	const headersFile = resolve(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

	/**
	 * One serve-static per coding: for gzip, `index.html.gz` for a directory and `NAME.html.gz`
	 * for /NAME (a name with an extension is asked for by its twin's name). A file without a twin
	 * found this way is sent as itself, so the file sent decides the headers.
	 * @param {keyof typeof TWINS} [coding]
	 */
	const files = (coding) => {
		const suffix = coding ? TWINS[coding] : '';
		return serveStatic(root, {
			index: [`index.html${suffix}`],
			extensions: [`html${suffix}`],
			dotfiles: 'ignore',
			cacheControl: false,
			setHeaders(res, file) {
				const twin = coding && file.endsWith(suffix);
				const original = twin ? file.slice(0, -suffix.length) : file;
				if (twin) {
					res.setHeader('Content-Encoding', coding);
					res.setHeader(
						'Content-Type',
						contentType(extname(original)) || 'application/octet-stream'
					);
				}
				if (!res.hasHeader('Cache-Control')) {
					res.setHeader(
						'Cache-Control',
						cacheControl(relative(root, original).split(sep).join('/'))
					);
				}
			}
		});
	};
	const identity = files();
	const twins = { br: files('br'), gzip: files('gzip') };

	/**
	 * Answers with a status and a short body (the 404 page for 404), dropping whatever headers a
	 * file response had begun; if the file's headers are already out, only closing is left.
	 * @param {import('node:http').IncomingMessage} req
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {Record<string, string>} [headers]
	 * @param {string} [path] the path within the site, for the _headers rules
	 */
	function answer(req, res, status, headers = {}, path) {
		if (res.headersSent) {
			res.destroy();
			return;
		}
		for (const name of res.getHeaderNames()) res.removeHeader(name);
		const body = status === 404 ? notFound : Buffer.from(`${status} ${STATUS_CODES[status]}\n`);
		try {
			res.writeHead(status, {
				'X-Content-Type-Options': 'nosniff',
				...(path === undefined ? {} : headersFor(rules, path)),
				'Content-Type': status === 404 ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
				'Content-Length': String(body.length),
				'Cache-Control': 'no-cache',
				...headers
			});
		} catch {
			// A header Node refuses (a Location made from a strange query): nothing sensible to send.
			res.destroy();
			return;
		}
		res.end(req.method === 'HEAD' ? undefined : body);
	}

	/**
	 * @param {import('node:http').IncomingMessage & { originalUrl?: string }} req
	 * @param {import('node:http').ServerResponse} res
	 */
	async function handle(req, res) {
		if (req.method !== 'GET' && req.method !== 'HEAD') {
			return answer(req, res, 405, { Allow: 'GET, HEAD' });
		}
		const target = parseTarget(req.url ?? '');
		if (!target) return answer(req, res, 400);
		if (base && target.pathname === base) {
			return answer(req, res, 301, { Location: `${base}/${target.search}` });
		}
		if (base && !target.pathname.startsWith(`${base}/`)) return answer(req, res, 404);
		const raw = target.pathname.slice(base.length);
		let path;
		try {
			path = decodeURIComponent(raw);
		} catch {
			return answer(req, res, 400);
		}
		// Names no file: `..` (encoded or not), a backslash, a NUL. (send would say 403 or 404.)
		if (/[\\\0]/.test(path) || path.split('/').includes('..')) return answer(req, res, 400);
		// The host's own configuration is not part of the site.
		if (path === '/_headers') return answer(req, res, 404, {}, path);

		res.setHeader('X-Content-Type-Options', 'nosniff');
		res.setHeader('Vary', 'Accept-Encoding');
		for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
		// serve-static's directory redirect keeps the base path and the query from here.
		req.originalUrl = `${base}${raw}${target.search}`;

		// A range counts bytes of the file itself: twins only go to requests without one.
		const range = req.headers.range;
		delete req.headers.range;
		if (range !== undefined) {
			const normal = normalizeRange(range, await sizeOf(path));
			if (normal) req.headers.range = normal;
		}
		const codings = /** @type {(keyof typeof TWINS)[]} */ (
			range === undefined
				? encodings.call(new Negotiator(req), ['br', 'gzip'], { preferred: ['br', 'gzip'] })
				: []
		);
		const named = extname(raw.split('/').at(-1) ?? '') !== '';
		const chain = [
			...codings.map((coding) => ({
				serve: twins[coding],
				url: named ? raw + TWINS[coding] : raw
			})),
			{ serve: identity, url: raw }
		];
		/**
		 * Each serve-static passes a miss on to the next; the last, or an error, is answered here.
		 * @param {number} index
		 * @returns {(error?: { status?: number, headers?: Record<string, string> }) => void}
		 */
		const next = (index) => (error) => {
			const step = chain[index];
			if (error || !step) return answer(req, res, error?.status ?? 404, error?.headers, path);
			req.url = `${step.url}${target.search}`;
			step.serve(req, res, next(index + 1));
		};
		next(0)();
	}

	/**
	 * The size of the file a range asks into (as serve-static finds it: the file, a directory's
	 * index.html, or NAME.html), for the ranges only a size can judge; 0 when there is none.
	 * @param {string} path
	 */
	async function sizeOf(path) {
		const file = resolve(root, `.${path}`);
		for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
			const info = await stat(candidate).catch(() => undefined);
			if (info?.isFile()) return info.size;
		}
		return 0;
	}

	return createServer(
		{ ...TIMEOUTS, ...timeouts, connectionsCheckingInterval: 1000 },
		(req, res) => {
			// A failed write to a socket the client has closed must not become an uncaught error.
			res.on('error', () => res.destroy());
			handle(req, res).catch(() => answer(req, res, 500));
		}
	);
}
