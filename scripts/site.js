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
 */

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
	return { origin: parsed.origin, base, url: `${parsed.origin}${base}/` };
}
