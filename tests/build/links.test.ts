// @vitest-environment jsdom
/**
 * Every link and resource reference in every built page works: internal ones (relative, or
 * absolute on the site's own origin, as in og:image, canonical and JSON-LD) resolve to a file in
 * the build, with the site's trailing-slash routing (`/x/` is `x/index.html`), and their #fragment
 * names an id in the target page (or in the SVG a <use> points into). External links go only to
 * the share-intent hosts the share controls use, and mailto:. The same for each oEmbed response
 * (its thumbnail and the code it hands out). No internal page (/cards/<id>/, /pictures/) is left,
 * and no link in an embed page stays in the frame.
 *
 * jsdom's DOMParser reads the pages, so links inside an embed code's <textarea> (text, not markup)
 * are read by parsing the code itself.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFromEnv } from '../../scripts/site.js';
import { BUILD, htmlFiles, requireBuild } from './support';

const site = siteFromEnv(process.env.SITE_URL);

/** The only hosts we link out to: the share intents (see src/lib/share/links.ts). */
const EXTERNAL_HOSTS = new Set(['x.com', 'www.linkedin.com', 'bsky.app']);
/** Full external URLs allowed besides those hosts. */
const EXTERNAL_URLS = [/^https?:\/\/archieml\.org\/?$/];

requireBuild();

/** The address a built file is served at: `embed/x/index.html` is `<base>/embed/x/`. */
function pageUrl(file: string): URL {
	const path = relative(BUILD, file).split(sep).join('/');
	const route = path.endsWith('index.html') ? path.slice(0, -'index.html'.length) : path.replace(/\.html$/, '');
	return new URL(`${site.base}/${route}`, site.origin);
}

const parser = new DOMParser();
const documents = new Map<string, Document>();
function parsed(file: string): Document {
	let doc = documents.get(file);
	if (!doc) {
		doc = parser.parseFromString(readFileSync(file, 'utf8'), 'text/html');
		documents.set(file, doc);
	}
	return doc;
}

/** Every URL a document references, with where it was found. */
function references(doc: Document): { url: string; where: string }[] {
	const found: { url: string; where: string }[] = [];
	const add = (url: string | null, where: string) => {
		if (url !== null && url.trim() !== '') found.push({ url: url.trim(), where });
	};
	const describe = (el: Element, attr: string) => `<${el.tagName.toLowerCase()} ${attr}>`;
	for (const el of doc.querySelectorAll('[href]')) add(el.getAttribute('href'), describe(el, 'href'));
	for (const el of doc.querySelectorAll('[src]')) add(el.getAttribute('src'), describe(el, 'src'));
	for (const el of doc.querySelectorAll('[poster]')) add(el.getAttribute('poster'), describe(el, 'poster'));
	for (const el of doc.querySelectorAll('[action]')) add(el.getAttribute('action'), describe(el, 'action'));
	for (const el of doc.querySelectorAll('object[data]')) add(el.getAttribute('data'), describe(el, 'data'));
	for (const el of doc.querySelectorAll('[srcset], [imagesrcset]')) {
		for (const attr of ['srcset', 'imagesrcset']) {
			for (const candidate of (el.getAttribute(attr) ?? '').split(',')) {
				add(candidate.trim().split(/\s+/)[0] ?? '', describe(el, attr));
			}
		}
	}
	// SVG 1.1 links, as some tools still write them.
	for (const el of doc.querySelectorAll('use, image, a')) {
		add(el.getAttributeNS('http://www.w3.org/1999/xlink', 'href'), describe(el, 'xlink:href'));
	}
	for (const el of doc.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')) {
		const content = el.getAttribute('content') ?? '';
		const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
		if (/^(https?:)?\/\//.test(content) || /(:url|:image|:video|:audio)(:secure_url)?$/.test(key)) {
			add(content, `<meta ${key}>`);
		}
	}
	// Structured data: every address in a JSON-LD block (image, url, mainEntityOfPage…).
	for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
		for (const url of addressesIn(JSON.parse(script.textContent ?? 'null'))) add(url, 'JSON-LD');
	}
	// Embed codes are text in a <textarea>; what they link to must work too.
	for (const textarea of doc.querySelectorAll('textarea')) {
		if (!/<(iframe|script)\b/.test(textarea.value)) continue;
		const code = parser.parseFromString(textarea.value, 'text/html');
		for (const ref of references(code)) found.push({ ...ref, where: `embed code ${ref.where}` });
	}
	return found;
}

/** Every string in a JSON value that is an absolute http(s) address, but JSON-LD's keywords. */
function addressesIn(value: unknown): string[] {
	if (typeof value === 'string') return /^https?:\/\//.test(value) ? [value] : [];
	if (Array.isArray(value)) return value.flatMap(addressesIn);
	// `@context` names a vocabulary, not a resource.
	if (value && typeof value === 'object') {
		return Object.entries(value).flatMap(([key, v]) => (key.startsWith('@') ? [] : addressesIn(v)));
	}
	return [];
}

/** The references of an oEmbed response: its own addresses and those of the code it gives. */
function oembedReferences(file: string): { url: string; where: string }[] {
	const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
	const code = parser.parseFromString(String(data.html ?? ''), 'text/html');
	return [
		...['thumbnail_url', 'provider_url', 'author_url', 'url']
			.filter((key) => typeof data[key] === 'string')
			.map((key) => ({ url: String(data[key]), where: key })),
		...references(code).map((ref) => ({ ...ref, where: `html ${ref.where}` }))
	];
}

/** The build file an internal path names, or why there is none. */
function resolveFile(pathname: string): { file?: string; problem?: string } {
	if (!pathname.startsWith(`${site.base}/`)) return { problem: `outside the base path ${site.base}/` };
	const path = decodeURIComponent(pathname.slice(site.base.length + 1));
	const target = join(BUILD, path);
	if (path === '' || path.endsWith('/')) {
		const index = join(target, 'index.html');
		return existsSync(index) ? { file: index } : { problem: `no ${relative(BUILD, index)}` };
	}
	if (existsSync(target) && statSync(target).isFile()) return { file: target };
	if (existsSync(`${target}.html`)) return { file: `${target}.html` };
	if (existsSync(join(target, 'index.html'))) {
		return { problem: `a page: link it with its trailing slash, ${pathname}/` };
	}
	return { problem: `no file ${path} in the build` };
}

/** Whether `id` names an element in the HTML or SVG file. */
function hasId(file: string, id: string): boolean {
	if (file.endsWith('.html')) return parsed(file).getElementById(id) !== null;
	const text = readFileSync(file, 'utf8');
	return text.includes(`id="${id}"`) || text.includes(`id='${id}'`);
}

const pages = htmlFiles(BUILD);

describe('links', () => {
	it('the build has HTML pages to check', () => {
		expect(pages.length).toBeGreaterThan(5);
	});

	for (const file of pages) {
		const name = relative(BUILD, file);

		it(`${name}: every internal reference resolves, every external one is an allowed host`, () => {
			const refs = references(parsed(file));
			expect(refs.length, 'the page links to something').toBeGreaterThan(0);
			expect(problemsOf(refs, pageUrl(file))).toEqual([]);
		});
	}

	const oembeds = existsSync(join(BUILD, 'embed'))
		? readdirSync(join(BUILD, 'embed')).filter((chart) => existsSync(join(BUILD, 'embed', chart, 'oembed.json')))
		: [];

	it('there are oEmbed responses to check, one per embed', () => {
		expect(oembeds.length).toBeGreaterThanOrEqual(3);
	});

	for (const chart of oembeds) {
		it(`embed/${chart}/oembed.json: its thumbnail, its code's frame, script and picture all resolve`, () => {
			const file = join(BUILD, 'embed', chart, 'oembed.json');
			const refs = oembedReferences(file);
			expect(refs.map((r) => r.where)).toEqual(
				expect.arrayContaining(['thumbnail_url', 'html <iframe src>', 'html <script src>', 'html <img src>'])
			);
			expect(problemsOf(refs, pageUrl(join(BUILD, 'embed', chart, 'index.html')))).toEqual([]);
		});
	}

	const embedPages = pages.filter((file) => /^embed\/[^/]+\/index\.html$/.test(relative(BUILD, file).split(sep).join('/')));

	it('every link in an embed page leaves the frame: a new tab, the top window, or a download', () => {
		// In a frame on another site, a link that stays in the frame loads a page that refuses to
		// be framed there (/data/, the files), and the reader sees an error instead of the chart.
		expect(embedPages.length).toBeGreaterThanOrEqual(3);
		const staying: string[] = [];
		for (const file of embedPages) {
			const doc = parsed(file);
			const base = doc.querySelector('base[target]')?.getAttribute('target') ?? '';
			for (const link of doc.querySelectorAll('a[href], area[href]')) {
				const target = link.getAttribute('target') ?? base;
				if (!link.hasAttribute('download') && !['_blank', '_top'].includes(target)) {
					staying.push(`${relative(BUILD, file)}: ${link.outerHTML.slice(0, 80)}`);
				}
			}
		}
		expect(staying).toEqual([]);
	});

	it('no internal page is left in the build: /cards/<id>/ and /pictures/ are photographed, then removed', () => {
		const left = [
			...(existsSync(join(BUILD, 'pictures')) ? ['pictures/'] : []),
			...readdirSync(join(BUILD, 'cards'), { withFileTypes: true })
				.filter((entry) => entry.isDirectory())
				.map((entry) => `cards/${entry.name}/`)
		];
		expect(left).toEqual([]);
	});
});

/** What is wrong with each reference, read from the page at `here`. */
function problemsOf(refs: { url: string; where: string }[], here: URL): string[] {
	const problems: string[] = [];
	for (const { url: raw, where } of refs) {
		const fail = (why: string) => problems.push(`${where} ${raw}: ${why}`);
		let url: URL;
		try {
			url = new URL(raw, here);
		} catch {
			fail('not a URL');
			continue;
		}
		if (url.protocol === 'mailto:' || url.protocol === 'data:') continue;
		if (url.protocol !== 'http:' && url.protocol !== 'https:') {
			fail(`${url.protocol} links are not allowed`);
			continue;
		}
		if (url.origin !== site.origin) {
			const allowed =
				(url.protocol === 'https:' && EXTERNAL_HOSTS.has(url.hostname)) ||
				EXTERNAL_URLS.some((pattern) => pattern.test(url.href));
			if (!allowed) fail(`external host ${url.host} is not one we link to`);
			continue;
		}
		const { file: target, problem } = resolveFile(url.pathname);
		if (!target) {
			fail(problem ?? 'does not resolve');
			continue;
		}
		const id = decodeURIComponent(url.hash.slice(1));
		if (id && !hasId(target, id)) {
			fail(`no id "${id}" in ${relative(BUILD, target)}`);
		}
	}
	return problems;
}

