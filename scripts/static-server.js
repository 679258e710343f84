/**
 * A static file server for the built site, as a static host would serve it: mounted at the
 * base path, 404.html with status 404 for unknown paths, precompressed files where accepted, and
 * the response headers of build/_headers (the file Netlify and Cloudflare Pages read, from
 * static/_headers), so the preview and the tests exercise the same rules the hosts apply.
 * Used by `npm start` (scripts/serve.js), the browser tests, the card renderer and the bench.
 *
 * Why not sirv, which this used to wrap: it cannot be made safe from outside. It pipes the file
 * with no error handler (`Range: bytes=100-50` threw ERR_OUT_OF_RANGE and stopped the process),
 * never destroys the file stream when the client goes away (one descriptor leaked per aborted
 * download, then EMFILE), and parses ranges loosely (`bytes=-10` sent the first 11 bytes).
 * `send` (Express's file sender) destroys its stream when the response closes, reports errors
 * through an event instead of throwing, and does ETag, 304, If-Range, 206/416 and HEAD. This
 * file decides everything send does not know: the request target, the base path, index.html,
 * `.html` and the .br/.gz twins, the headers, and which Range headers reach send at all.
 */
import { createServer, STATUS_CODES, validateHeaderValue } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import send from 'send';

/** @type {Record<string, string>} */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.webmanifest': 'application/manifest+json'
};

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * Parses the part of the `_headers` syntax (Netlify, Cloudflare Pages) that static/_headers uses:
 * `#` comments, a path on its own line (`:name` matches one segment, one `*` anything), then
 * indented `Name: value` lines. Anything else throws, Cloudflare's `! Name` included (Netlify
 * rejects it), so the file cannot drift into rules this preview would silently not apply.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((line, index) => {
		const content = line.trim();
		if (!content || content.startsWith('#')) return;
		const header = /^([A-Za-z0-9-]+):\s*(\S.*)$/.exec(content);
		const rule = rules.at(-1);
		if (/^\s/.test(line) && header && rule) {
			const [, name = '', value = ''] = header;
			validateHeaderValue(name, value); // here, not on every request
			rule.headers.push([name, value]);
		} else if (/^\/\S*$/.test(content) && content === line.trimEnd() && !/\*.*\*/.test(content)) {
			const source = content
				.split('/')
				.map((part) =>
					/^:[A-Za-z]\w*$/.test(part)
						? '[^/]+'
						: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*')
				)
				.join('/');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			throw new Error(`_headers, line ${index + 1}: not understood: ${content}`);
		}
	});
	return rules;
}

/**
 * The headers every matching rule gives a path; like both hosts, a header set by two rules
 * gets both values, comma-joined.
 * @param {HeaderRule[]} rules
 * @param {string} path the path within the site, without the base path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
	/** @type {Map<string, [string, string[]]>} */
	const found = new Map();
	for (const rule of rules.filter((each) => each.pattern.test(path))) {
		for (const [name, value] of rule.headers) {
			const entry = found.get(name.toLowerCase()) ?? [name, []];
			found.set(name.toLowerCase(), [entry[0], [...entry[1], value]]);
		}
	}
	return Object.fromEntries([...found.values()].map(([name, values]) => [name, values.join(', ')]));
}

/**
 * The Range header to hand to send, or undefined to send the whole file. RFC 9110 (14.2) lets
 * a server ignore a Range header; this one ignores all but one well-formed byte range, because
 * range-parser (send's) reads `bytes=abc` and `bytes=5-1` as unsatisfiable and merges overlapping
 * multi-ranges into one. A suffix longer than the file means the whole file (14.1.2), which
 * range-parser would refuse, so it becomes `bytes=0-`.
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
 * @param {string | undefined} header Accept-Encoding
 * @returns {('br' | 'gzip')[]} the twins the client takes, best first
 */
function acceptedCodings(header) {
	/** @type {Map<string, number>} */
	const weights = new Map();
	for (const part of (header ?? '').toLowerCase().split(',')) {
		const [name = '', ...params] = part.split(';').map((each) => each.trim());
		const q = params.find((param) => param.startsWith('q='));
		weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
	}
	return /** @type {const} */ (['br', 'gzip']).filter(
		(name) => (weights.get(name) ?? weights.get('*') ?? 0) > 0
	);
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
		if (query === -1) return { pathname: target, search: '' };
		return { pathname: target.slice(0, query), search: target.slice(query) };
	}
	if (!/^https?:\/\//i.test(target)) return undefined;
	try {
		const url = new URL(target);
		return { pathname: url.pathname, search: url.search };
	} catch {
		return undefined;
	}
}

/** @param {string} file */
const statFile = (file) => stat(file).catch(() => undefined);

/**
 * @param {string} path the path within the site
 * @param {string} file
 */
function cacheControl(path, file) {
	// Hashed names: a changed file gets a new name.
	if (path.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
	// Same names, new content on every build, and they must match each other.
	if (
		extname(file) === '.html' ||
		basename(file) === '__data.json' ||
		path === '/_app/version.json'
	) {
		return 'no-cache';
	}
	return 'public, max-age=300';
}

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
	const headersFile = resolve(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];

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
				'Content-Type': status === 404 ? TYPES['.html'] : TYPES['.txt'],
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
	 * @param {import('node:http').IncomingMessage} req
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
		let path;
		try {
			path = decodeURIComponent(target.pathname.slice(base.length));
		} catch {
			return answer(req, res, 400);
		}
		const segments = path.split('/');
		if (/[\\\0]/.test(path) || segments.includes('..')) return answer(req, res, 400);
		// Hidden files and the host's own configuration are not part of the site.
		if (segments.some((part) => part.startsWith('.')) || path === '/_headers') {
			return answer(req, res, 404, {}, path);
		}

		let file = resolve(root, `.${path}`);
		if (!file.startsWith(root + sep) && file !== root) return answer(req, res, 400);
		let info = await statFile(file);
		if (info?.isDirectory() && !path.endsWith('/')) {
			// As static hosts do; the segments are joined again so `//x` cannot become `//x/`,
			// an address on another host.
			const clean = segments.filter(Boolean).map(encodeURIComponent).join('/');
			return answer(req, res, 301, { Location: `${base}/${clean}/${target.search}` }, path);
		}
		if (info?.isDirectory()) {
			file = join(file, 'index.html');
			info = await statFile(file);
		} else if (path.endsWith('/')) {
			// `/index.html/` names no directory.
			info = undefined;
		} else if (!info && !extname(path)) {
			file += '.html';
			info = await statFile(file);
		}
		if (!info?.isFile()) return answer(req, res, 404, {}, path);

		// A range counts bytes of the identity file: twins only go to requests without one.
		let sent = file;
		if (req.headers.range === undefined) {
			for (const coding of acceptedCodings(req.headers['accept-encoding'])) {
				const twin = `${file}.${coding === 'br' ? 'br' : 'gz'}`;
				if ((await statFile(twin))?.isFile()) {
					sent = twin;
					res.setHeader('Content-Encoding', coding);
					break;
				}
			}
		}
		const range = normalizeRange(req.headers.range, info.size);
		if (range) req.headers.range = range;
		else delete req.headers.range;

		res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
		res.setHeader('Vary', 'Accept-Encoding');
		res.setHeader('Cache-Control', cacheControl(path, file));
		res.setHeader('X-Content-Type-Options', 'nosniff');
		for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);

		// send decodes the path it is given, so it gets the file's path encoded again.
		const encoded = relative(root, sent).split(sep).map(encodeURIComponent).join('/');
		send(req, `/${encoded}`, {
			root,
			cacheControl: false,
			dotfiles: 'allow',
			extensions: false,
			index: false
		})
			.on('error', (/** @type {{ status?: number, headers?: Record<string, string> }} */ error) =>
				answer(req, res, error.status ?? 500, error.headers ?? {}, path)
			)
			.on('directory', () => answer(req, res, 404, {}, path))
			.pipe(res);
	}

	return createServer((req, res) => {
		// A failed write to a socket the client has closed must not become an uncaught error.
		res.on('error', () => res.destroy());
		handle(req, res).catch(() => answer(req, res, 500));
	});
}
