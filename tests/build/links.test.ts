// @vitest-environment jsdom
/**
 * Every link and resource reference in every built page works: internal ones (relative, or
 * absolute on the site's own origin, as in og:image and canonical) resolve to a file in the
 * build, with the site's trailing-slash routing (`/x/` is `x/index.html`), and their #fragment
 * names an id in the target page (or in the SVG a <use> points into). External links go only to
 * the share-intent hosts the share controls use, and mailto:.
 *
 * jsdom's DOMParser reads the pages, so links inside an embed code's <textarea> (text, not markup)
 * are read by parsing the code itself.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
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
	// Embed codes are text in a <textarea>; what they link to must work too.
	for (const textarea of doc.querySelectorAll('textarea')) {
		if (!/<(iframe|script)\b/.test(textarea.value)) continue;
		const code = parser.parseFromString(textarea.value, 'text/html');
		for (const ref of references(code)) found.push({ ...ref, where: `embed code ${ref.where}` });
	}
	return found;
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
			const here = pageUrl(file);
			const problems: string[] = [];
			const refs = references(parsed(file));
			expect(refs.length, 'the page links to something').toBeGreaterThan(0);
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
			expect(problems).toEqual([]);
		});
	}
});
