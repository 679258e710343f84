/**
 * Parses SITE_URL, the public address the site is built for, into the origin and base path
 * the build needs. Used by svelte.config.js (paths.base), vite.config.ts (the app's view of
 * the site) and scripts/serve.js (the local server mounts the build at the same path).
 */

export const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * @typedef {object} Site
 * @property {string} origin  e.g. `https://example.org`
 * @property {"" | `/${string}`} base  `""` or a path without a trailing slash, e.g. `/graphics/micron`
 * @property {string} url     origin + base + `/`, e.g. `https://example.org/graphics/micron/`
 * @property {boolean} local  whether it names this machine (SITE_URL unset, localhost, 127.x,
 *   [::1]): a build for previewing, whose absolute addresses work nowhere else
 */

/** @param {string} hostname */
const isLoopback = (hostname) =>
	hostname === 'localhost' ||
	hostname.endsWith('.localhost') ||
	/^127(\.\d{1,3}){3}$/.test(hostname) ||
	hostname === '[::1]';

/**
 * @param {string | undefined} value the raw SITE_URL; empty or unset means the default
 * @returns {Site}
 */
export function siteFromEnv(value) {
	const raw = value?.trim() || DEFAULT_SITE_URL;
	let parsed;
	try {
		parsed = new URL(raw);
	} catch {
		throw new Error(`SITE_URL must be an absolute URL such as ${DEFAULT_SITE_URL}; got "${raw}"`);
	}
	if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
		throw new Error(`SITE_URL must use http or https; got "${raw}"`);
	}
	if (parsed.search || parsed.hash || parsed.username || parsed.password) {
		throw new Error(`SITE_URL must not carry credentials, a query or a fragment; got "${raw}"`);
	}
	const base = /** @type {Site['base']} */ (parsed.pathname.replace(/\/+$/, ''));
	const local = isLoopback(parsed.hostname);
	return { origin: parsed.origin, base, url: `${parsed.origin}${base}/`, local };
}

/**
 * What the build and the preview server say, loudly, about a build for this machine; '' for a
 * build for a public address. Such a build is right for `npm start`, wrong for a host: every
 * absolute address in it (canonical, Open Graph, oEmbed, JSON-LD, embed codes) leads here.
 * @param {Site} site
 * @param {number} [port] the port it is served on, when serving
 * @returns {string}
 */
export function localBuildNotice(site, port) {
	if (!site.local) return '';
	const builtFor = new URL(site.origin).port || '80';
	const rule = '='.repeat(80);
	return [
		rule,
		`LOCAL BUILD for ${site.url} (SITE_URL is not set, or names this machine).`,
		'Its canonical, Open Graph, oEmbed and JSON-LD addresses and its embed codes all',
		'point there; its pictures carry no address.',
		...(port !== undefined && String(port) !== builtFor
			? [`Served here on port ${port}: those addresses lead to port ${builtFor}.`]
			: []),
		'Right for `npm start`, not for a public host. To deploy, build for the public',
		'address and check the result:',
		'  SITE_URL=https://example.org/graphics/micron/ npm run build && npm run check:deploy',
		rule
	].join('\n');
}
