/**
 * The built site, as a static host would serve it: the files exist, the tags other sites read
 * are complete and absolute, and the social cards are real 1200 x 630 PNGs, one per section.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/build/site';
import { cardIds } from '../../src/lib/share/cards';
import { KEY_STATES } from '../support/charts';
import { BUILD, requireBuild } from './support';

const SITE = 'http://localhost:4173/';
const read = (path: string) => readFileSync(join(BUILD, path), 'utf8');

requireBuild();

const { story, publication } = loadSite();
const SECTION_IDS = story.sections.map((s) => s.id);
const CARD_IDS = cardIds(story);

/** The `content` of every <meta> and the `href` of every <link>, by name, property or rel. */
function headTags(html: string): Map<string, string> {
	const tags = new Map<string, string>();
	for (const [, key, value] of html.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)) {
		tags.set(key ?? '', value ?? '');
	}
	for (const [, rel, href] of html.matchAll(/<link rel="([^"]+)"[^>]*? href="([^"]*)"/g)) {
		tags.set(`link:${rel}`, href ?? '');
	}
	return tags;
}

function pngSize(path: string): { width: number; height: number } {
	const bytes = readFileSync(join(BUILD, path));
	expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const SOCIAL = [
	'description',
	'og:type',
	'og:title',
	'og:description',
	'og:url',
	'og:image',
	'og:image:width',
	'og:image:height',
	'og:image:alt',
	'twitter:card',
	'link:canonical'
];

describe('share pages', () => {
	for (const id of SECTION_IDS) {
		it(`/share/${id}/ has complete, absolute social tags and a way on to the section`, () => {
			const html = read(`share/${id}/index.html`);
			const tags = headTags(html);
			for (const key of SOCIAL) expect(tags.get(key), key).toBeTruthy();
			expect(tags.get('og:url')).toBe(`${SITE}share/${id}/`);
			expect(tags.get('og:image')).toBe(`${SITE}cards/${id}.png`);
			expect(tags.get('link:canonical')).toBe(`${SITE}share/${id}/`);
			expect([tags.get('og:image:width'), tags.get('og:image:height')]).toEqual(['1200', '630']);
			expect(tags.get('twitter:card')).toBe('summary_large_image');
			expect(html).toMatch(/<title>[^<]+ · [^<]+<\/title>/);
			expect(html).toMatch(new RegExp(`data-redirect(="")? href="/#${id}"`));
			expect(html).toContain('/share-redirect.js');
		});
	}

	it('the story page has its own card', () => {
		const tags = headTags(read('index.html'));
		expect(tags.get('og:image')).toBe(`${SITE}cards/story.png`);
		expect(tags.get('og:url')).toBe(SITE);
	});
});

describe('the story’s dates', () => {
	it('shows when it was published and updated, what it covers, and every update at its foot', () => {
		const html = read('index.html');
		const masthead = /<header class="masthead[\s\S]*?<\/header>/.exec(html)?.[0] ?? '';
		expect(masthead).toContain(`<time datetime="${publication.published}"`);
		expect(masthead).toContain(`<time datetime="${publication.modified}"`);
		expect(masthead).toContain(story.page.covers);
		const foot = /<footer class="updates[\s\S]*?<\/footer>/.exec(html)?.[0] ?? '';
		for (const update of publication.updates) {
			expect(foot).toContain(`<time datetime="${update.date}"`);
		}
		expect(html).toContain(`"dateModified":"${publication.modified}"`);
		expect(headTags(html).get('article:modified_time')).toBe(publication.modified);
	});
});

describe('social cards', () => {
	it('exist for the story and every section, as 1200 x 630 PNGs that all differ', () => {
		const hashes = new Set<string>();
		for (const id of CARD_IDS) {
			expect(pngSize(`cards/${id}.png`), id).toEqual({ width: 1200, height: 630 });
			hashes.add(createHash('sha256').update(readFileSync(join(BUILD, `cards/${id}.png`))).digest('hex'));
			expect(existsSync(join(BUILD, `cards/${id}/index.html`)), 'the card page is removed').toBe(false);
		}
		expect(hashes.size).toBe(CARD_IDS.length);
	});
});

describe('oEmbed', () => {
	for (const name of ['timeline', 'revenue', 'controls-map']) {
		it(`/embed/${name}/oembed.json is a complete rich oEmbed 1.0 response, found from the embed page`, () => {
			const data = JSON.parse(read(`embed/${name}/oembed.json`));
			// The thumbnail is the picture of the chart's key state, with that picture's size.
			const key = KEY_STATES[name as keyof typeof KEY_STATES];
			expect(data).toMatchObject({
				type: 'rich',
				version: '1.0',
				provider_url: SITE,
				provider_name: publication.name,
				thumbnail_url: `${SITE}images/${name}/${key}.png`,
				...Object.fromEntries(
					Object.entries(pngSize(`images/${name}/${key}.png`)).map(([k, v]) => [`thumbnail_${k}`, v])
				)
			});
			expect(Object.keys(data).sort()).toEqual(
				[
					'height',
					'html',
					'provider_name',
					'provider_url',
					'thumbnail_height',
					'thumbnail_url',
					'thumbnail_width',
					'title',
					'type',
					'version',
					'width'
				].sort()
			);
			expect(typeof data.title).toBe('string');
			expect(Number.isInteger(data.width) && Number.isInteger(data.height)).toBe(true);
			expect(data.html).toContain(`<iframe src="${SITE}embed/${name}/" title="${data.title}"`);
			expect(data.html).toContain(`<script src="${SITE}embed.js" async></script>`);
			expect(data.html).toContain(`<noscript><a href="${SITE}share/${name}/"><img src="${SITE}images/${name}/${key}.png"`);

			const page = read(`embed/${name}/index.html`);
			expect(page).toContain(
				`<link rel="alternate" type="application/json+oembed" href="${SITE}embed/${name}/oembed.json"`
			);
			expect(page).toContain('<meta name="robots" content="noindex"');
		});
	}
});
