/** The pages to measure, found in the build: the story, every embed, one share page. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} html
 * @returns {string[]} the src of every external script and the href of every modulepreload
 */
export function scriptSources(html) {
	const found = [];
	for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
		const isScript = /^<script/i.test(tag);
		if (!isScript && !/\brel\s*=\s*["']?modulepreload\b/i.test(tag)) continue;
		const url = tag.match(isScript ? /\bsrc\s*=\s*["']([^"']+)/i : /\bhref\s*=\s*["']([^"']+)/i);
		if (url?.[1]) found.push(url[1].replaceAll('&amp;', '&'));
	}
	return found;
}

/**
 * @param {string} code a script's source
 * @returns {boolean} whether it may send the page elsewhere (a share page's redirect)
 */
export function navigates(code) {
	// `location = x` only as a property (window.location), not a variable of that name.
	return /\blocation\s*\.\s*(replace|assign)\s*\(|\blocation\s*\.\s*href\s*=(?!=)|\.\s*location\s*=(?!=)/.test(
		code
	);
}

/**
 * The scripts of a built page that navigate away, as Lighthouse URL patterns: blocking them
 * measures the page itself rather than where it sends a reader. Found by what they do, not by
 * name, since the scripts' names change with the build.
 * @param {string} buildDir
 * @param {import('../site.js').Site} site
 * @param {string} path the page, under the base, e.g. `/share/timeline/`
 * @returns {string[]}
 */
function redirectScripts(buildDir, site, path) {
	const page = `${site.origin}${site.base}${path}`;
	const html = readFileSync(join(buildDir, path, 'index.html'), 'utf8');
	return scriptSources(html)
		.map((src) => new URL(src, page))
		.filter((url) => url.origin === site.origin && url.pathname.startsWith(`${site.base}/`))
		.filter((url) => {
			const file = join(buildDir, decodeURIComponent(url.pathname.slice(site.base.length)));
			return existsSync(file) && navigates(readFileSync(file, 'utf8'));
		})
		.map((url) => `*${url.pathname}`);
}

/**
 * The story page's scripts, as Chromium will ask for them: what the scroll probe blocks to hold
 * the page still (the same HTML and CSS, no chart ever changing state).
 * @param {string} buildDir
 * @param {string} base where Chromium reaches the site, e.g. `http://localhost:4173/sub`
 * @returns {string[]} absolute URLs
 */
export function storyScripts(buildDir, base) {
	const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
	return scriptSources(html).map((src) => new URL(src, `${base}/`).href);
}

/**
 * @param {string} buildDir
 * @param {string} dir e.g. `embed`
 * @returns {string[]} the names of the pages one level under it, sorted
 */
function pagesUnder(buildDir, dir) {
	if (!existsSync(join(buildDir, dir))) return [];
	return readdirSync(join(buildDir, dir), { withFileTypes: true })
		.filter((e) => e.isDirectory() && existsSync(join(buildDir, dir, e.name, 'index.html')))
		.map((e) => e.name)
		.sort();
}

/**
 * @param {{ buildDir: string, site: import('../site.js').Site, share: string | undefined,
 *   base: string, floorUrl: string }} options base: where Chromium reaches the site
 * @returns {{ targets: import('./lighthouse.js').Target[], notes: string[] }}
 */
export function findTargets({ buildDir, site, share: wanted, base, floorUrl }) {
	const shares = pagesUnder(buildDir, 'share');
	const share = wanted ?? (shares.includes('timeline') ? 'timeline' : shares[0]);
	/** @type {import('./lighthouse.js').Target[]} */
	const targets = [
		{ name: 'floor', kind: 'floor', path: '/', url: floorUrl },
		{ name: 'story', kind: 'story', path: '/', url: `${base}/` },
		...pagesUnder(buildDir, 'embed').map((name) => ({
			name: `embed ${name}`,
			kind: /** @type {const} */ ('embed'),
			path: `/embed/${name}/`,
			url: `${base}/embed/${name}/`
		}))
	];
	/** @type {string[]} */
	const notes = [];
	if (share) {
		const path = `/share/${share}/`;
		const blocked = redirectScripts(buildDir, site, path);
		targets.push({
			name: `share ${share}`,
			kind: 'share',
			path,
			url: `${base}${path}`,
			...(blocked.length ? { blocked, note: `blocked: ${blocked.join(', ')}` } : {})
		});
		if (blocked.length) {
			notes.push(
				`${path} is measured with its redirect (${blocked.join(', ')}) blocked: a person is ` +
					`sent on to the story, which is measured already; crawlers read the page as measured.`
			);
		}
	}
	return { targets, notes };
}
