import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';

const STATES = ['overview', 'allied-controls', 'review', 'ban', 'responses'];
const chart = '[data-chart="timeline"]';

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`timeline at ${width}px, ${colorScheme}: every state, readable and accessible`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			await page.emulateMedia({ colorScheme });
			await page.goto('embed/timeline/');
			const figure = page.locator(chart);
			await expect(figure).toHaveAttribute('data-state', 'overview');
			for (const state of STATES) {
				await page.locator(`.stepper [data-step="${state}"]`).click();
				await expect(figure).toHaveAttribute('data-state', state);
				// Labels never fall below 12 px, at any width.
				const sizes = await figure
					.locator('.label:visible')
					.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
				expect(sizes.length).toBeGreaterThan(0);
				expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
				await expectNoSeriousA11yViolations(page, chart);
			}
		});
	}
}

test('the timeline lays out across on desktop and down on phones', async ({ page }) => {
	const box = async () => page.locator(`${chart} .timeline`).boundingBox();
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('embed/timeline/');
	const wide = await box();
	const early = await page.locator(`${chart} [data-mark="us-export-controls"]`).boundingBox();
	const late = await page.locator(`${chart} [data-mark="cac-ban"]`).boundingBox();
	expect(wide && wide.width > wide.height).toBe(true);
	expect(early && late && late.x > early.x + 500).toBe(true);

	await page.setViewportSize({ width: 375, height: 800 });
	const narrow = await box();
	const earlyPhone = await page.locator(`${chart} [data-mark="us-export-controls"]`).boundingBox();
	const latePhone = await page.locator(`${chart} [data-mark="cac-ban"]`).boundingBox();
	expect(narrow && narrow.height > narrow.width).toBe(true);
	expect(earlyPhone && latePhone && latePhone.y > earlyPhone.y + 300).toBe(true);
});

test('keyboard reaches every event mark, and focus shows its details', async ({ page }) => {
	await page.goto('./');
	const marks = page.locator(`${chart} button[data-mark]`);
	const ids = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('data-mark')));
	expect(ids).toHaveLength(20);
	await marks.first().focus();
	const reached = [await page.evaluate(() => document.activeElement?.getAttribute('data-mark'))];
	for (let i = 1; i < ids.length; i++) {
		await page.keyboard.press('Tab');
		reached.push(await page.evaluate(() => document.activeElement?.getAttribute('data-mark')));
	}
	expect(reached).toEqual(ids);

	await page.locator(`${chart} [data-mark="cac-ban"]`).focus();
	const details = page.locator(`${chart} .details`);
	await expect(details).toContainText('China bars Micron from critical infrastructure');
	await expect(details).toContainText('21 May 2023');
	await page.keyboard.press('Escape');
	await page.locator(`${chart} [data-mark="micron-cfo-estimate"]`).hover();
	await expect(details).toContainText('About 21 May 2023');
});

test('a tap pins an event, a second tap releases it', async ({ browser }) => {
	const context = await browser.newContext({
		hasTouch: true,
		viewport: { width: 375, height: 800 }
	});
	const page = await context.newPage();
	await page.goto('./');
	const mark = page.locator(`${chart} [data-mark="japan-export-limits"]`);
	await mark.tap();
	await expect(mark).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator(`${chart} .details`)).toContainText('Japan limits chip-tool exports');
	await mark.tap();
	await expect(mark).toHaveAttribute('aria-pressed', 'false');
	await context.close();
});

test('marks outside a zoomed view leave the tab order', async ({ page }) => {
	await page.goto('embed/timeline/');
	await page.locator('.stepper [data-step="responses"]').click();
	await expect(page.locator(`${chart} [data-mark="us-export-controls"]`)).toHaveAttribute(
		'tabindex',
		'-1'
	);
	await expect(page.locator(`${chart} [data-mark="cac-ban"]`)).not.toHaveAttribute(
		'tabindex',
		'-1'
	);
});

test('the timeline is complete without JavaScript, at the same height', async ({ browser }) => {
	for (const width of [375, 1280]) {
		const withJs = await browser.newPage({ viewport: { width, height: 900 } });
		await withJs.goto('./');
		await withJs.waitForLoadState('networkidle');
		const hydrated = await withJs.locator(`${chart} .timeline`).boundingBox();

		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width, height: 900 }
		});
		const page = await context.newPage();
		await page.goto('./');
		await expect(page.locator(`${chart} button[data-mark]`)).toHaveCount(20);
		await expect(page.locator(`${chart} table tbody tr`)).toHaveCount(20);
		const serverOnly = await page.locator(`${chart} .timeline`).boundingBox();
		expect(serverOnly?.height).toBe(hydrated?.height);
		await context.close();
		await withJs.close();
	}
});
