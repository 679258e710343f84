/**
 * The cross-engine spec (issue 20): the same checks in every engine, on the built site. Each
 * engine's file (chromium.test.ts, firefox.test.ts, webkit.test.ts) runs it with its adapter.
 * Screenshots of the details at 375 px go to test-results/engines/.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHART_NAMES, CHART_STATES } from '../support/charts';
import { hatching, readingMode, readPdf, stepThrough } from './checks';
import { FRACTIONS, KINDS, openDetails, type Kind } from './details';
import type { Engine } from './engine';
import { loadPictures, readEachStep, showState, walkSection } from './in-page';

const SHOTS = 'test-results/engines';
const height = (width: number) => ({ 320: 568, 375: 667 })[width as 320 | 375] ?? 800;
/** Consecutive repeats dropped: the states a reader sees change through. */
const changes = (states: string[]) => states.filter((s, i) => s !== states[i - 1]);

/** Story states that show each kind's mark. */
const STORY_STATE: Record<Kind['chart'], string> = { timeline: 'ban', 'controls-map': 'china' };

export function engineSpec(launch: () => Promise<Engine>) {
	let engine: Engine;
	const errors: string[] = [];
	const shot = async (name: string) => {
		mkdirSync(SHOTS, { recursive: true });
		writeFileSync(`${SHOTS}/${engine.name}-${name}.png`, await engine.screenshot());
	};

	beforeAll(async () => {
		engine = await launch();
		console.log(`${engine.name}: ${engine.version}`);
	}, 120_000);
	afterEach(async (context) => {
		if (!engine) return;
		errors.push(...(await engine.takeErrors()).map((e) => `${context.task.name}: ${e}`));
	});
	afterAll(() => engine?.close());

	describe('the story', () => {
		for (const width of [375, 1280]) {
			test(`chart states in order while scrolling at ${width}×${height(width)}`, async () => {
				await engine.open('/', width, height(width));
				const problems: string[] = [];
				for (const chart of CHART_NAMES) {
					const walk = await engine.evaluate(walkSection, chart);
					const want = CHART_STATES[chart];
					if (walk.first !== want[0]) problems.push(`${chart} starts at ${walk.first}`);
					const seen = changes(walk.seen);
					if (seen.join() !== want.join()) problems.push(`${chart} went ${seen.join(' → ')}`);
					problems.push(...walk.misses);
				}
				expect(problems).toEqual([]);
			});
		}
		for (const width of [375, 320]) {
			test(`phone at ${width}×${height(width)}: no sideways scroll, each step read with its plot`, async () => {
				await engine.open('/', width, height(width));
				expect(await engine.evaluate(readEachStep)).toEqual([]);
			});
		}
	});

	describe('details open wholly on screen with their heading, beside their mark, not over it', () => {
		for (const width of [375, 1280]) {
			for (const kind of KINDS) {
				test(`${kind.name} on its embed at ${width} px, the mark at 12, 45 and 80%`, async () => {
					await engine.open(`/embed/${kind.chart}/`, width, height(width));
					// Room above and below the chart to scroll any mark to any height.
					await engine.evaluate(() => {
						document.body.style.paddingBlock = `${innerHeight}px`;
					});
					const problems: string[] = [];
					for (const method of kind.methods) {
						for (const fraction of FRACTIONS) {
							const found = await openDetails(engine, kind, method, fraction);
							if (width === 375 && method === 'click' && fraction === 0.45) {
								await shot(`embed-${kind.name.replace(' ', '-')}-375`);
							}
							problems.push(...found.map((p) => `by ${method} at ${fraction * 100}%: ${p}`));
						}
					}
					expect(problems).toEqual([]);
				});
			}
			test(`every kind in the story at ${width} px, where the mark is`, async () => {
				await engine.open('/', width, height(width));
				const problems: string[] = [];
				for (const kind of KINDS) {
					await engine.evaluate(showState, kind.chart, STORY_STATE[kind.chart]);
					for (const method of kind.methods) {
						const found = await openDetails(engine, kind, method, null);
						if (width === 375 && method === 'click')
							await shot(`story-${kind.name.replace(' ', '-')}-375`);
						problems.push(...found.map((p) => `${kind.name} by ${method}: ${p}`));
					}
				}
				expect(problems).toEqual([]);
			});
		}
	});

	describe('embeds, reading mode, print, hatching', () => {
		for (const chart of CHART_NAMES) {
			test(`the ${chart} embed's stepper sets each state in order`, async () => {
				await engine.open(`/embed/${chart}/`, 375, 667);
				expect(await stepThrough(engine, chart, CHART_STATES[chart])).toEqual([]);
			});
		}

		test('reading mode stacks the story and shows the step pictures', async () => {
			await engine.open('/', 375, 667);
			expect(await readingMode(engine)).toEqual([]);
		});

		test('print to PDF: every section, and every step picture at its narrow layout', async () => {
			await engine.open('/', 1280, 800);
			const page = await engine.evaluate(() => ({
				titles: [...document.querySelectorAll('main section h2')].map(
					(h) => h.textContent?.trim() ?? ''
				),
				// A PDF holds each distinct picture once; paper shows the narrow layout.
				pictures: new Set(
					[...document.querySelectorAll('li[data-step] img.step-picture')].map((img) =>
						img.getAttribute('src')
					)
				).size
			}));
			// Load the step pictures first (they are lazy and hidden on screen): the check is which
			// picture each engine prints, not whether its print waits for lazy images (headless
			// Chromium's does not).
			await engine.evaluate(loadPictures);
			const path = `/tmp/engines-${engine.name}-${process.pid}.pdf`;
			const pdf = await engine.pdf(path);
			if (typeof pdf === 'string') throw new Error(pdf);
			const printed = readPdf(path);
			rmSync(path, { force: true });
			console.log(
				`${engine.name} print: ${printed.pages} pages, pictures ${printed.widths.join(', ') || 'none'}`
			);
			const space = (s: string) => s.replace(/\s+/g, ' ');
			expect(page.titles.filter((t) => !printed.text.includes(space(t)))).toEqual([]);
			expect(printed.widths.length, 'pictures printed').toBeGreaterThanOrEqual(page.pictures);
			expect(
				printed.widths.filter((w) => w > 1200),
				'wide-layout pictures printed'
			).toEqual([]);
		});

		test("the timeline's month-only bars are hatched along their length", async () => {
			await engine.open('/embed/timeline/', 1280, 800);
			const { problems, summary } = await hatching(engine);
			console.log(`${engine.name} hatching: ${summary}`);
			expect(problems).toEqual([]);
		});
	});

	test('no console errors, uncaught errors or CSP violations on any page above', () => {
		expect(errors).toEqual([]);
	});
}
