/**
 * The map of allied controls on the story page: states, keyboard access, the one geometry
 * file, accessibility and layout stability, at phone and desktop widths in both colour schemes.
 */
import type { Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

/** Each state and the map window it zooms to (the SVG viewBox once the zoom has settled). */
const WINDOWS: Record<string, string> = {
	overview: '0 0 1000 440',
	allies: '52.7 0 944.2 415.4',
	netherlands: '463.9 41.1 96 42.2',
	japan: '764.7 68.9 170 74.8',
	china: '578.7 36.3 352.5 155.1',
	suppliers: '762.1 83.1 130 57.2'
};
const STATES = Object.keys(WINDOWS);
const COUNTRIES = ['USA', 'JPN', 'NLD', 'CHN', 'KOR', 'CAN', 'FRA', 'DEU', 'ITA', 'GBR'];
const NAMES: Record<string, string> = {
	USA: 'United States',
	JPN: 'Japan',
	NLD: 'Netherlands',
	CHN: 'China',
	KOR: 'South Korea',
	CAN: 'Canada',
	FRA: 'France',
	DEU: 'Germany',
	ITA: 'Italy',
	GBR: 'United Kingdom'
};

const figure = (page: Page) => page.locator('#controls-map [data-chart="controls-map"]');

/** Scrolls the story so the map's step for `state` crosses the trigger line and sets it. */
async function showState(page: Page, state: string) {
	await page.evaluate((wanted) => {
		const step = document.querySelector(`#controls-map li[data-state="${wanted}"]`);
		if (!step) throw new Error(`no step for ${wanted}`);
		const top = step.getBoundingClientRect().top + window.scrollY;
		window.scrollTo(0, top - window.innerHeight * 0.45);
	}, state);
	await expect(figure(page)).toHaveAttribute('data-state', state);
}

/** Waits until scripts run: only then does scrolling to a step change the map's state. */
async function hydrated(page: Page) {
	await expect(async () => {
		await showState(page, 'allies');
	}).toPass();
	await showState(page, 'overview');
}

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test.describe(`controls map at ${width}px, ${colorScheme}`, () => {
			test.use({ viewport: { width, height: 900 } });

			test.beforeEach(async ({ page }) => {
				await page.emulateMedia({ colorScheme });
			});

			test('steps through every state, keeping every country on the map, axe-clean', async ({
				page
			}) => {
				await page.goto('./');
				await hydrated(page);
				for (const state of STATES) {
					await showState(page, state);
					await expect(figure(page).locator('svg[viewBox]')).toHaveAttribute(
						'viewBox',
						WINDOWS[state] ?? ''
					);
					await expect(figure(page).locator('use[data-mark]')).toHaveCount(COUNTRIES.length);
					await expect(figure(page).locator('button[data-country]')).toHaveCount(COUNTRIES.length);
					await expectNoSeriousA11yViolations(page, '#controls-map');
				}
			});

			test('Tab reaches every country button, and focus shows its details', async ({ page }) => {
				await page.goto('./');
				await hydrated(page);
				await figure(page).scrollIntoViewIfNeeded();
				await page.locator('#controls-map .legend').evaluate((el) => {
					el.setAttribute('tabindex', '-1');
					(el as HTMLElement).focus();
				});
				const details = figure(page).locator('[aria-live="polite"]');
				const reached: string[] = [];
				for (let i = 0; i < COUNTRIES.length; i += 1) {
					await page.keyboard.press('Tab');
					const focused = page.locator(':focus');
					const code = (await focused.getAttribute('data-country')) ?? '';
					reached.push(code);
					await expect(focused).toBeInViewport();
					await expect(details).toContainText(NAMES[code] ?? '?');
					const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
					expect(outline, `${code} shows focus`).not.toBe('none');
				}
				expect(reached).toEqual(COUNTRIES);
			});

			test('fetches the map geometry once, from world.svg, and draws it', async ({ page }) => {
				const requests: { url: string; status: number | undefined }[] = [];
				page.on('requestfinished', async (request) => {
					if (request.url().includes('/charts/world.svg')) {
						requests.push({ url: request.url(), status: (await request.response())?.status() });
					}
				});
				await page.goto('./');
				await hydrated(page);
				for (const state of STATES) await showState(page, state);
				await showState(page, 'overview');
				await expect.poll(() => requests.length).toBe(1);
				expect(requests[0]?.status).toBe(200);
				if (width >= 1280) {
					await expect(figure(page).locator('svg[viewBox]')).toHaveAttribute(
						'viewBox',
						WINDOWS.overview ?? ''
					);
					// A point in western China, clear of labels: the shape from world.svg is hit there.
					const box = await figure(page).locator('.map').boundingBox();
					if (!box) throw new Error('no map');
					const point = {
						x: box.x + (720 / 1000) * box.width,
						y: box.y + (100 / 440) * box.height
					};
					const code = await page.evaluate(
						({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-mark'),
						point
					);
					expect(code).toBe('CHN');
					// Hovering the shape shows its details; a click on a label pins them.
					const details = figure(page).locator('[aria-live="polite"]');
					await page.mouse.move(point.x, point.y);
					await expect(details).toContainText('Target of the controls');
					const japan = figure(page).locator('button[data-country="JPN"]');
					await japan.click();
					await expect(japan).toHaveAttribute('aria-pressed', 'true');
					await page.mouse.move(0, 0);
					await expect(details).toContainText('Japan');
				}
			});

			test('keeps its height when scripts take over', async ({ page, browser }) => {
				const noScript = await browser.newContext({
					javaScriptEnabled: false,
					viewport: { width, height: 900 },
					colorScheme
				});
				const before = await noScript.newPage();
				await before.goto(test.info().project.use.baseURL ?? '');
				// The map's box, and where it sits within its figure, before and after hydration.
				const measure = (p: Page) =>
					figure(p).evaluate((fig) => {
						const map = fig.querySelector('.map')?.getBoundingClientRect();
						const box = fig.getBoundingClientRect();
						return {
							mapHeight: map?.height ?? 0,
							mapWidth: map?.width ?? 0,
							offset: (map?.top ?? 0) - box.top,
							figureHeight: box.height
						};
					});
				const server = await measure(before);
				await noScript.close();
				await page.goto('./');
				const early = await measure(page);
				await hydrated(page);
				const client = await measure(page);
				expect(server.mapHeight).toBeGreaterThan(100);
				expect(server.mapHeight / server.mapWidth).toBeCloseTo(440 / 1000, 2);
				for (const measured of [early, client]) {
					expect(measured.mapHeight).toBeCloseTo(server.mapHeight, 0);
					expect(measured.offset).toBeCloseTo(server.offset, 0);
					expect(measured.figureHeight).toBeCloseTo(server.figureHeight, 0);
				}
			});
		});
	}
}

test('the map is there without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(test.info().project.use.baseURL ?? '');
	await expect(figure(page)).toHaveAttribute('data-state', 'overview');
	await expect(figure(page).locator('use[data-mark]')).toHaveCount(COUNTRIES.length);
	await expect(figure(page).locator('button[data-country]')).toHaveCount(COUNTRIES.length);
	await expect(figure(page).locator('.map')).toBeVisible();
	await expect(figure(page).locator('table caption')).toHaveText(/Countries on the map/);
	await context.close();
});
