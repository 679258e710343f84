/**
 * The revenue-exposure chart on the story page: its states, keyboard and touch access to every
 * mark, accessibility in both colour schemes, no layout shift on hydration, and no need for JS.
 */
import type { Locator, Page } from '@playwright/test';
import { REVENUE_STATES } from '../../src/lib/charts/revenue/states';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Each interactive mark, and words its details must contain. */
const MARKS = {
	'china-revenue-share': 'more than 10% of Micron’s revenue',
	'cfo-loss-estimate': '1% to 9% of total revenue',
	'share-fall-review-day': '31 March 2023',
	'share-fall-next-monday': '3 April 2023'
} as const;
const MARK_IDS = Object.keys(MARKS) as (keyof typeof MARKS)[];

const chartIn = (page: Page): Locator => page.locator('#revenue [data-chart="revenue"]');
const stepIn = (page: Page, id: string): Locator =>
	page.locator(`#revenue button[data-step="${id}"]`);
const detailsIn = (page: Page): Locator => page.locator('#revenue-chart-details');

/**
 * Loads the story and waits until the chart answers a mouse over one of its marks (it has
 * hydrated), then moves the mouse away, leaving the chart as it was drawn.
 */
async function openHydrated(page: Page): Promise<void> {
	await page.goto('./');
	const mark = page.locator('#revenue button[data-detail="share-fall-review-day"]');
	await expect(async () => {
		await page.mouse.move(0, 0);
		await mark.hover();
		await expect(detailsIn(page)).toContainText(MARKS['share-fall-review-day'], {
			timeout: 250
		});
	}).toPass();
	await page.mouse.move(0, 0);
	await expect(chartIn(page)).toHaveAttribute('data-state', 'whole');
	await expect(detailsIn(page)).not.toContainText(MARKS['share-fall-review-day']);
}

/**
 * Shows a state through what the page offers: the chart's stepper where it has one, otherwise
 * the story's scroll step for that state, brought to just past the step trigger line.
 */
async function showState(page: Page, id: string): Promise<void> {
	const button = stepIn(page, id);
	if ((await button.count()) > 0) {
		await button.click();
		await expect(button).toHaveAttribute('aria-pressed', 'true');
	} else {
		await page
			.locator(`#revenue li[data-step][data-state="${id}"]`)
			.first()
			.evaluate((step) =>
				window.scrollTo(
					0,
					step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45
				)
			);
	}
	await expect(chartIn(page)).toHaveAttribute('data-state', id);
}

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`at ${width}px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: 900 } });
			test.beforeEach(async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await openHydrated(page);
			});

			test('its steps move through every state, keeping every mark', async ({ page }) => {
				const chart = chartIn(page);
				// With the data table open, so axe checks it too.
				await chart.locator('summary', { hasText: 'Show the data' }).click();
				await expect(chart.locator('table')).toBeVisible();
				for (const { id } of REVENUE_STATES) {
					await showState(page, id);
					await expect(chart.locator('[data-mark]')).toHaveCount(MARK_IDS.length + 1);
					await expect(chart.locator('[data-emphasis="strong"][data-mark]')).not.toHaveCount(0);
					await expectNoSeriousA11yViolations(page, '#revenue');
				}
				await expect(chart.locator('[data-mark="whole"]')).toHaveAttribute(
					'data-emphasis',
					'faint'
				);
				await expect(chart.locator('[data-mark="share-fall-review-day"]')).toHaveAttribute(
					'data-emphasis',
					'strong'
				);
			});

			test('Tab reaches every mark, and focus shows its details', async ({ page }) => {
				// Start the tab order at the chart's title (made focusable for the test only), with
				// the mouse parked in the page margin, where it hovers over no mark as the page scrolls.
				await page.mouse.move(width - 2, 2);
				await page.locator('#revenue-chart-title').evaluate((title: HTMLElement) => {
					title.tabIndex = -1;
					title.focus();
				});
				const reached: string[] = [];
				for (let i = 0; i < 12 && reached.length < MARK_IDS.length; i++) {
					await page.keyboard.press('Tab');
					const id = await page.evaluate(
						() => (document.activeElement as HTMLElement | null)?.dataset.detail
					);
					if (!id) continue;
					reached.push(id);
					await expect(detailsIn(page)).toContainText(MARKS[id as keyof typeof MARKS]);
					await expect(chartIn(page).locator(`[data-mark="${id}"]`)).toHaveAttribute(
						'data-active',
						'true'
					);
				}
				expect(reached.sort()).toEqual([...MARK_IDS].sort());
			});
		});
	}
}

test.describe('pointer and touch', () => {
	test('hovering a mark shows the same details as focusing it', async ({ page }) => {
		await openHydrated(page);
		for (const id of MARK_IDS) {
			await page.locator(`#revenue [data-detail="${id}"]`).hover();
			await expect(detailsIn(page)).toContainText(MARKS[id]);
			const hovered = await detailsIn(page).textContent();
			await page.mouse.move(0, 0);
			await page.locator(`#revenue [data-detail="${id}"]`).focus();
			await expect(detailsIn(page)).toHaveText(hovered ?? '');
		}
	});

	test.describe('on a phone', () => {
		test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

		test('tapping a mark shows its details', async ({ page }) => {
			await openHydrated(page);
			for (const id of MARK_IDS) {
				await page.locator(`#revenue [data-detail="${id}"]`).tap();
				await expect(detailsIn(page)).toContainText(MARKS[id]);
			}
		});
	});
});

test.describe('before and without JavaScript', () => {
	for (const width of [375, 1280]) {
		test(`at ${width}px the chart keeps its height through hydration`, async ({ browser }) => {
			// Where the chart's parts sit, relative to the chart, to the nearest pixel.
			const measure = async (javaScriptEnabled: boolean) => {
				const context = await browser.newContext({
					viewport: { width, height: 900 },
					javaScriptEnabled
				});
				const page = await context.newPage();
				if (javaScriptEnabled) await openHydrated(page);
				else await page.goto('./');
				const layout = await chartIn(page).evaluate((chart) => {
					const origin = chart.getBoundingClientRect();
					const parts = ['[data-mark="whole"]', '.layercake-container', '#revenue-chart-details'];
					return {
						height: Math.round(origin.height),
						parts: parts.flatMap((selector) =>
							[...chart.querySelectorAll(selector)].map((el) => {
								const r = el.getBoundingClientRect();
								return [r.top - origin.top, r.left - origin.left, r.width, r.height].map(
									Math.round
								);
							})
						)
					};
				});
				await context.close();
				return layout;
			};
			const before = await measure(false);
			const after = await measure(true);
			expect(before.height).toBeGreaterThan(200);
			expect(before.parts).toHaveLength(4);
			expect(after).toEqual(before);
		});
	}

	test('the whole chart is there with JavaScript off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('./');
		const chart = chartIn(page);
		await expect(chart).toHaveAttribute('data-state', 'whole');
		await expect(chart.locator('svg [data-mark]')).toHaveCount(MARK_IDS.length + 1);
		for (const id of MARK_IDS) {
			await expect(chart.locator(`[data-mark="${id}"]`)).toBeVisible();
			await expect(chart.locator(`button[data-detail="${id}"]`)).toBeVisible();
		}
		const label = (id: string) => chart.locator(`button[data-detail="${id}"]`);
		await expect(label('china-revenue-share')).toHaveText('China: more than 10% of revenue');
		await expect(label('cfo-loss-estimate')).toContainText('Estimate: 1–9% of revenue');
		await expect(label('share-fall-review-day')).toContainText('\u22124.4%');
		await expect(label('share-fall-next-monday')).toContainText('\u22121.2%');
		await expect(chart.locator('table tbody tr')).toHaveCount(MARK_IDS.length);
		await expect(detailsIn(page)).not.toBeEmpty();
		await context.close();
	});
});
