/**
 * A picture of every chart state (issue 16): two PNGs at twice the pixel density (1200 CSS px
 * wide, and a phone's 375) and a standalone SVG, each linked from the chart's own download
 * controls in the story and on its embed page; and the story's structured data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_NAMES, CHART_STATES } from '../support/charts';
import { BUILD, requireBuild } from './support';

const SITE = 'http://localhost:4173/';
requireBuild();

function pngSize(path: string): { width: number; height: number } {
	const bytes = readFileSync(join(BUILD, path));
	expect(bytes.subarray(1, 4).toString('ascii'), path).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pictures of every chart state', () => {
	for (const chart of CHART_NAMES) {
		it(`${chart}: a wide and a narrow PNG and an SVG for each state, linked from its controls`, () => {
			const story = readFileSync(join(BUILD, 'index.html'), 'utf8');
			const embed = readFileSync(join(BUILD, `embed/${chart}/index.html`), 'utf8');
			for (const state of CHART_STATES[chart]) {
				const wide = pngSize(`images/${chart}/${state}.png`);
				const narrow = pngSize(`images/${chart}/${state}-narrow.png`);
				expect(wide.width, `${state}.png`).toBe(2400);
				expect(narrow.width, `${state}-narrow.png`).toBe(750);
				expect(wide.height).toBeGreaterThan(300);
				const svg = readFileSync(join(BUILD, `images/${chart}/${state}.svg`), 'utf8');
				expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg [^>]*width="\d+(\.\d+)?(pt|px)?" height="\d+(\.\d+)?(pt|px)?"/);
				expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
				for (const page of [story, embed]) {
					expect(page).toContain(`href="/images/${chart}/${state}.png" download`);
					expect(page).toContain(`href="/images/${chart}/${state}.svg" download`);
				}
			}
		});
	}

	it('are seen in the story only when read without scroll effects: lazily, with their text', () => {
		const story = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const pictures = [...story.matchAll(/<img class="step-picture(?:-wide)?[ "][^>]*>/g)].map((m) => m[0]);
		expect(pictures.length).toBe(2 * (story.match(/<li id="[^"]+" class="step/g) ?? []).length);
		for (const img of pictures) {
			expect(img).toContain('loading="lazy"');
			expect(img).toMatch(/alt="[^"]{40,}"/);
		}
	});

	it('are art-directed: a wide and a narrow picture of each step, each sized as its file', () => {
		const story = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const blocks = [...story.matchAll(/<div class="step-picture-frame[^"]*">([\s\S]*?)<\/div>/g)];
		expect(blocks.length).toBe((story.match(/<li id="[^"]+" class="step/g) ?? []).length);
		const sized = (tag: string | undefined, file: string | undefined) => {
			const { width, height } = pngSize((file ?? '').replace(/^\//, ''));
			expect(tag, file).toContain(`width="${width / 2}" height="${height / 2}"`);
		};
		for (const [, inner] of blocks) {
			const wide = /<img class="step-picture-wide[^>]*srcset="(\/images\/[^"]+\.png) 2x"[^>]*>/.exec(inner ?? "");
			const narrow = /<img class="step-picture [^>]*srcset="(\/images\/[^"]+-narrow\.png) 2x"[^>]*>/.exec(inner ?? "");
			expect(wide?.[1]).not.toMatch(/-narrow\.png$/);
			sized(wide?.[0], wide?.[1]);
			sized(narrow?.[0], narrow?.[1]);
		}
	});
});

describe('structured data', () => {
	it('the story is a NewsArticle with its dates, publisher and absolute image', () => {
		const story = readFileSync(join(BUILD, 'index.html'), 'utf8');
		const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(story)?.[1];
		const data = JSON.parse(block ?? 'null');
		expect(data).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			datePublished: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			dateModified: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
			image: [`${SITE}cards/story.png`],
			publisher: { '@type': 'Organization', name: expect.any(String) }
		});
		expect(data.headline).toBe(/<h1[^>]*>([^<]+)<\/h1>/.exec(story)?.[1]);
		expect(story).toContain(`<meta property="article:published_time" content="${data.datePublished}"`);
		expect(story).toContain(`<meta property="article:modified_time" content="${data.dateModified}"`);
	});
});

describe('inline SVG', () => {
	it('every inline SVG in every page has a width and a height of its own, for a page read without CSS', () => {
		const pages = ['index.html', ...CHART_NAMES.map((c) => `embed/${c}/index.html`)];
		let count = 0;
		for (const page of pages) {
			const html = readFileSync(join(BUILD, page), 'utf8');
			// The revenue chart is plain HTML; the story, the timeline's symbols and the map draw SVG.
			for (const [svg] of html.matchAll(/<svg\b[^>]*>/g)) {
				count += 1;
				expect(svg, page).toMatch(/\swidth="\d+(\.\d+)?"/);
				expect(svg, page).toMatch(/\sheight="\d+(\.\d+)?"/);
			}
		}
		expect(count).toBeGreaterThan(20);
	});
});
