import { readFileSync } from 'node:fs';
import { activeStep, triggerLine } from '../../src/lib/client/reading';
import { expectNoSeriousA11yViolations } from './support/axe';
import { SECTION_IDS, story } from './support/copy';
import { expect, test } from './support/fixtures';
import { showStep, stepsOf } from './support/story';

const CHARTS = ['timeline', 'revenue', 'controls-map'];

for (const width of [375, 1280]) {
	test.describe(`the story at ${width}px`, () => {
		test.use({ viewport: { width, height: width < 600 ? 740 : 860 } });

		test("scrolling through every step sets each chart to that step's state, in order", async ({
			page
		}) => {
			await page.goto('./');
			for (const section of CHARTS) {
				const chart = page.locator(`[data-chart="${section}"]`);
				const steps = await stepsOf(page, section);
				expect(steps.length).toBeGreaterThanOrEqual(3);
				await expect(chart).toHaveAttribute('data-state', steps[0]?.state ?? '');
				for (const step of steps) {
					await showStep(page, section, step.id);
					await expect(chart, step.id).toHaveAttribute('data-state', step.state);
					await expect(page.locator(`#${step.id}`)).toHaveAttribute('aria-current', 'step');
				}
			}
		});

		test('a fast jump to the end and back leaves every chart in the right state', async ({
			page
		}) => {
			await page.goto('./');
			const last: Record<string, string> = {};
			const first: Record<string, string> = {};
			for (const section of CHARTS) {
				const steps = await stepsOf(page, section);
				first[section] = steps[0]?.state ?? '';
				last[section] = steps.at(-1)?.state ?? '';
			}
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			for (const section of CHARTS) {
				await expect(page.locator(`[data-chart="${section}"]`)).toHaveAttribute(
					'data-state',
					last[section] ?? ''
				);
			}
			await page.evaluate(() => window.scrollTo(0, 0));
			for (const section of CHARTS) {
				await expect(page.locator(`[data-chart="${section}"]`)).toHaveAttribute(
					'data-state',
					first[section] ?? ''
				);
			}
			await showStep(page, 'revenue', 'loss-estimate');
			await expect(page.locator('[data-chart="timeline"]')).toHaveAttribute(
				'data-state',
				last.timeline ?? ''
			);
		});

		test('the page is accessible: landmarks, skip link, headings, contents, axe', async ({
			page
		}) => {
			await page.goto('./');
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('main#main')).toHaveCount(1);
			await page.keyboard.press('Tab');
			const skip = page.getByRole('link', { name: 'Skip to the story' });
			await expect(skip).toBeFocused();
			await expect(skip).toBeInViewport();
			await skip.press('Enter');
			await expect(page).toHaveURL(/#intro$/);
			await expect(page.locator('#intro h2')).toBeInViewport();
			const contents = page.getByRole('navigation', { name: 'In this story' }).getByRole('link');
			await expect(contents).toHaveText(story.sections.map((s) => s.title));
			const levels = await page
				.locator('main h2, main h3')
				.evaluateAll((els) => els.map((el) => Number(el.tagName[1])));
			expect(levels[0]).toBe(2);
			levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 2)).toBeLessThanOrEqual(1));
			await expectNoSeriousA11yViolations(page);
		});
	});
}

test('after a resize, each chart shows the step the new layout puts at its trigger line', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 860 });
	await page.goto('./');
	await showStep(page, 'timeline', 'timeline-review');
	const chart = page.locator('[data-chart="timeline"]');
	/** The step the tracker's own rules (reading.ts) pick from the page as laid out now. */
	const due = async () => {
		const now = await page.locator('#timeline').evaluate((section) => {
			const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
			const steps = [...section.querySelectorAll<HTMLElement>('li[data-step]')];
			return {
				figure: box(section.querySelector('figure[data-chart]') as Element),
				list: box(section.querySelector('[data-steps]') as Element),
				tops: steps.map((step) => step.getBoundingClientRect().top),
				ids: steps.map((step) => step.id),
				height: innerHeight
			};
		});
		return now.ids[activeStep(now.tops, triggerLine(now.figure, now.list, now.height))] ?? '';
	};
	const seen = new Set<string>();
	// Shorter and taller windows move the steps (their gaps are in viewport heights) and the
	// desktop line; a phone width stacks the chart over the steps and moves the line under it.
	for (const [width, height] of [
		[1280, 600],
		[1280, 1100],
		[375, 667],
		[768, 1024]
	] as const) {
		await page.setViewportSize({ width, height });
		const id = await due();
		const state = (await page.locator(`#${id}`).getAttribute('data-state')) ?? '';
		await expect(chart, `at ${width} x ${height}`).toHaveAttribute('data-state', state);
		await expect(page.locator(`#${id}`)).toHaveAttribute('aria-current', 'step');
		seen.add(id);
	}
	// The resizes did move the active step: this is not a page left as it was.
	expect(seen.size).toBeGreaterThan(1);
});

test('without JavaScript, every section reads in full, each step with a picture of its chart', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('./');
	for (const id of SECTION_IDS) {
		const section = page.locator(`section#${id}`);
		await expect(section).toBeVisible();
		await expect(section.locator('p:visible').first()).toBeVisible();
	}
	for (const name of CHARTS) {
		// The chart is in the page once (its notes and data stay in view); each step carries a
		// picture of it in the step's own state instead of the chart moving.
		await expect(page.locator(`[data-chart="${name}"]`)).toHaveCount(1);
		await expect(page.locator(`#${name} details.chart-data`)).toBeVisible();
		for (const step of await stepsOf(page, name)) {
			await expect(page.locator(`#${step.id}`)).toBeVisible();
			await expect(page.locator(`#${step.id} img.step-picture`)).toHaveAttribute(
				'src',
				`/images/${name}/${step.state}-narrow.png`
			);
		}
	}
	await expect(page.locator('#sources li[id^="conflict-"]')).toHaveCount(
		JSON.parse(readFileSync('build/data/conflicts.json', 'utf8')).length
	);
	await context.close();
});

test('no dataset id appears in what a reader sees', async ({ page }) => {
	const ids = ['sources', 'events', 'figures', 'conflicts', 'countries'].flatMap((type) =>
		(
			JSON.parse(readFileSync(`build/data/${type}.json`, 'utf8')) as {
				id?: string;
				code?: string;
			}[]
		).map((record) => record.id ?? record.code ?? '')
	);
	expect(ids.length).toBeGreaterThan(50);
	for (const mode of ['scroll', 'stacked']) {
		await page.goto('./');
		if (mode === 'stacked') await page.locator('button[data-reading-mode]').click();
		const text = await page.locator('body').innerText();
		const shown = ids.filter((id) => new RegExp(`(^|[^\\w-])${id}([^\\w-]|$)`).test(text));
		expect(shown, mode).toEqual([]);
	}
});

test('reduced motion: states switch with no transition time', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('./');
	const duration = await page.evaluate(() =>
		getComputedStyle(document.documentElement).getPropertyValue('--motion-duration').trim()
	);
	expect(duration).toBe('1ms');
	const mark = page.locator('[data-chart="timeline"] [data-mark="cac-ban"]');
	const transition = await mark.evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(transition.split(',').every((d) => parseFloat(d) <= 0.001)).toBe(true);
});
