/**
 * The map in the story: its steps zoom the world (wide) or put countries forward in the regional
 * panels (narrow), every label reachable and opening its country's details, the geometry in the
 * page itself, axe-clean in both schemes, and the same map with and without script.
 */
import type { Page } from '@playwright/test';
import { CHART_STATES } from '../support/charts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { atRest } from './support/at-rest';
import { expect, test } from './support/fixtures';
import { beforeScripts, showStep } from './support/story';

const STATES = CHART_STATES['controls-map'];
const figure = (page: Page) => page.locator('#controls-map [data-chart="controls-map"]');

/** The labels a reader can reach in the map's current state, by the popover each opens. */
async function labelTargets(page: Page) {
	return figure(page)
		.locator('button[data-label]')
		.evaluateAll((els) =>
			els
				.filter((el) => el.checkVisibility({ visibilityProperty: true }))
				.map((el) => el.getAttribute('popovertarget'))
		);
}

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`controls map at ${width}px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: 900 } });
			test.beforeEach(async ({ page }) => {
				await page.emulateMedia({ colorScheme });
			});

			test('steps through every state, each country drawn, axe-clean', async ({ page }) => {
				// Each state is judged at rest; reduced motion gets it there at once.
				await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
				await page.goto('./');
				const zooms: string[] = [];
				for (const state of STATES) {
					await showStep(page, 'controls-map', state);
					await atRest(page);
					zooms.push(
						await figure(page)
							.locator('[data-zoom="wide"]')
							.evaluate((el) => getComputedStyle(el).transform)
					);
					// Every story country is drawn in the world, wide and in the phone's zoomed view.
					await expect(figure(page).locator('[data-zoom] use[data-mark]')).toHaveCount(20);
					expect(await labelTargets(page)).not.toHaveLength(0);
					await expectNoSeriousA11yViolations(page, '#controls-map');
				}
				// Wide, each state frames its own part of the world.
				if (width >= 1280) expect(new Set(zooms).size).toBe(STATES.length - 1);
			});

			test('Tab reaches every label of the state, each shows focus, and Enter opens its details', async ({
				page
			}) => {
				await page.goto('./');
				await showStep(page, 'controls-map', 'overview');
				const targets = await labelTargets(page);
				await figure(page).locator(`button[popovertarget="${targets[0]}"]:visible`).focus();
				for (let i = 0; i < targets.length; i++) {
					const focused = page.locator(':focus');
					expect(await focused.getAttribute('popovertarget')).toBe(targets[i]);
					await expect(focused).toBeInViewport();
					const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
					expect(outline).not.toBe('none');
					if (i < targets.length - 1) await page.keyboard.press('Tab');
				}
				await figure(page)
					.locator('button[popovertarget="controls-map-details-NLD"]:visible')
					.press('Enter');
				const details = page.locator('#controls-map-details-NLD');
				await expect(details).toBeVisible();
				await expect(details).toContainText('Netherlands');
				await page.keyboard.press('Escape');
				await expect(details).toBeHidden();
			});

			test('draws from geometry in the page, and a tap on a country opens its details', async ({
				page
			}) => {
				const fetched: string[] = [];
				page.on('request', (request) => {
					if (/\.(svg|json)$/.test(new URL(request.url()).pathname)) fetched.push(request.url());
				});
				await page.goto('./');
				await showStep(page, 'controls-map', 'overview');
				expect(fetched.filter((url) => !url.endsWith('favicon.svg'))).toEqual([]);
				// The drawing in view at this width: the world when wide, a regional panel on a phone.
				const drawing = width >= 1280 ? '[data-zoom="wide"]' : '[data-region]';
				const china = figure(page).locator(`${drawing} use[data-mark="CHN"]`);
				const box = await china.boundingBox();
				if (!box) throw new Error('China is not drawn');
				// Western China, clear of the labels.
				await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.35);
				await expect(page.locator('#controls-map-details-CHN')).toBeVisible();
			});

			test('keeps its size when scripts take over', async ({ page, browser }) => {
				const measure = (p: Page) =>
					figure(p).evaluate((fig) => {
						const map = fig.querySelector('[data-plot]')?.getBoundingClientRect();
						return { map: map?.height ?? 0, figure: fig.getBoundingClientRect().height };
					});
				const before = await browser.newPage({ viewport: { width, height: 900 } });
				await beforeScripts(before);
				await before.goto('./');
				const server = await measure(before);
				await before.close();
				await page.goto('./');
				await page.waitForLoadState('networkidle');
				expect(server.map).toBeGreaterThan(100);
				expect(await measure(page)).toEqual(server);
			});
		});
	}
}

test('phones get the regional panels, wide screens the world', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('embed/controls-map/');
	await expect(page.locator('.regions')).toBeVisible();
	await expect(page.locator('[data-zoom="wide"]')).toBeHidden();
	// A view about one country zooms to it on a phone too.
	await page.locator('[data-state-to="netherlands"]').click();
	await expect(page.locator('[data-zoom="phone"]')).toBeVisible();
	await page.setViewportSize({ width: 1280, height: 800 });
	await expect(page.locator('[data-zoom="wide"]')).toBeVisible();
	await expect(page.locator('.regions')).toBeHidden();
});

test('the map is there before its script runs, and without script each step has its picture', async ({
	browser,
	page
}) => {
	await beforeScripts(page);
	await page.goto('./');
	await expect(figure(page)).toHaveAttribute('data-state', 'overview');
	await expect(figure(page).locator('[data-plot]')).toBeVisible();
	await expect(figure(page).locator('button[data-label]:visible')).toHaveCount(6);

	const context = await browser.newContext({ javaScriptEnabled: false });
	const plain = await context.newPage();
	await plain.goto('./');
	await expect(plain.locator('#controls-map table caption')).toHaveText(/Countries on the map/);
	await expect(plain.locator('#controls-map li[data-step] img.step-picture')).toHaveCount(
		await plain.locator('#controls-map li[data-step]').count()
	);
	await context.close();
});
