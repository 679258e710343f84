/**
 * The timeline: every state at phone and desktop widths in both schemes, its marks reachable by
 * keyboard and opening their details, marks a state hides out of reach, and the same chart with
 * and without script.
 */
import { CHART_STATES } from '../support/charts';
import { atRest } from './support/at-rest';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test, type Page } from './support/fixtures';
import { eventTitle } from './support/copy';
import { beforeScripts } from './support/story';

const chart = '[data-chart="timeline"]';

/** The marks a reader can reach in the chart's current state, in tab order. */
async function reachable(page: Page) {
	return page
		.locator(`${chart} button[data-mark]`)
		.evaluateAll((els) =>
			els
				.filter((el) => el.checkVisibility({ visibilityProperty: true }))
				.map((el) => el.getAttribute('data-mark'))
		);
}

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`timeline at ${width}px, ${colorScheme}: every state, readable and accessible`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			// Each state is judged at rest; reduced motion gets it there at once.
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			await page.goto('embed/timeline/');
			const figure = page.locator(chart);
			for (const state of CHART_STATES.timeline) {
				await page.locator(`[data-state-to="${state}"]`).click();
				await expect(figure).toHaveAttribute('data-state', state);
				// Labels never fall below 12 px, and each state shows its own.
				const sizes = await figure
					.locator('[data-label]:visible')
					.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
				expect(sizes.length).toBeGreaterThanOrEqual(3);
				expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
				await expectNoSeriousA11yViolations(page, chart);
			}
		});
	}
}

test('labels sit beside their marks on a desktop, and in a numbered list under the plot on a phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('embed/timeline/?state=review');
	const plot = await page.locator(`${chart} [data-plot]`).boundingBox();
	const title = eventTitle('cac-review-launch');
	// The review's own layer: every state's labels are in the page, one layer drawn at a time.
	const beside = await page
		.locator(`${chart} .words[data-layer="review"] li`, { hasText: title })
		.boundingBox();
	expect(beside && plot && beside.y < plot.y + plot.height).toBe(true);

	await page.setViewportSize({ width: 375, height: 800 });
	const phonePlot = await page.locator(`${chart} [data-plot]`).boundingBox();
	const listed = page.locator(`${chart} .list[data-layer="review"] li`, { hasText: title });
	const below = await listed.boundingBox();
	expect(below && phonePlot && below.y >= phonePlot.y + phonePlot.height).toBe(true);
	// The mark carries its label's number in the list.
	const number = await listed.locator('.number').textContent();
	await expect(page.locator(`${chart} [data-mark="cac-review-launch"]`)).toHaveCSS(
		'content',
		`"${number}"`,
		{
			pseudo: 'after'
		} as never
	);
});

test('the keyboard reaches every mark a state shows, and Enter opens its details', async ({
	page
}) => {
	await page.goto('embed/timeline/?state=responses');
	await atRest(page);
	const ids = await reachable(page);
	expect(ids.length).toBeGreaterThan(5);
	await page.locator(`${chart} [data-mark="${ids[0]}"]`).focus();
	const reached = [ids[0]];
	for (let i = 1; i < ids.length; i++) {
		await page.keyboard.press('Tab');
		reached.push(
			await page.evaluate(() => document.activeElement?.getAttribute('data-mark') ?? null)
		);
	}
	expect(reached).toEqual(ids);

	await page.locator(`${chart} [data-mark="cac-ban"]`).focus();
	await page.keyboard.press('Enter');
	const details = page.locator('#timeline-event-cac-ban');
	await expect(details).toBeVisible();
	await expect(details).toContainText(eventTitle('cac-ban'));
	await expect(details).toContainText('21 May 2023');
	await page.keyboard.press('Escape');
	await expect(details).toBeHidden();
});

test('a mark a state hides leaves the tab order, and returns with its state', async ({ page }) => {
	await page.goto('embed/timeline/');
	expect(await reachable(page)).toContain('us-export-controls');
	expect(await reachable(page)).not.toContain('us-state-department-concerns');
	await page.locator('[data-state-to="responses"]').click();
	await atRest(page);
	expect(await reachable(page)).not.toContain('us-export-controls');
	expect(await reachable(page)).toContain('us-state-department-concerns');
});

test('a tap opens a mark’s details, a second tap closes them; a mouse resting on it opens them too', async ({
	browser
}) => {
	const context = await browser.newContext({
		hasTouch: true,
		viewport: { width: 375, height: 800 }
	});
	const page = await context.newPage();
	await page.goto('embed/timeline/?state=review');
	const mark = page.locator(`${chart} [data-mark="japan-export-limits"]`);
	const details = page.locator('#timeline-event-japan-export-limits');
	await mark.tap();
	await expect(details).toBeVisible();
	await expect(details).toContainText('Japan announces chip-tool export limits');
	await mark.tap();
	await expect(details).toBeHidden();
	await context.close();

	const desk = await browser.newPage();
	await desk.goto('embed/timeline/?state=review');
	await desk.locator(`${chart} [data-mark="cac-review-launch"]`).hover();
	await expect(desk.locator('#timeline-event-cac-review-launch')).toBeVisible();
	await desk.mouse.move(0, 0);
	await expect(desk.locator('#timeline-event-cac-review-launch')).toBeHidden();
	await desk.close();
});

test('the timeline is complete before its script runs, at the same height', async ({ browser }) => {
	for (const width of [375, 1280]) {
		const scripted = await browser.newPage({ viewport: { width, height: 900 } });
		await scripted.goto('./');
		await scripted.waitForLoadState('networkidle');
		const after = await scripted.locator(chart).boundingBox();

		const page = await browser.newPage({ viewport: { width, height: 900 } });
		await beforeScripts(page);
		await page.goto('./');
		await expect(page.locator(`${chart} button[data-mark]`)).toHaveCount(20);
		await expect(page.locator(`#timeline table tbody tr`)).toHaveCount(20);
		const before = await page.locator(chart).boundingBox();
		expect(before?.height).toBeGreaterThan(200);
		expect(before?.height).toBe(after?.height);
		await page.close();
		await scripted.close();
	}
});

for (const width of [375, 1280]) {
	test(`at ${width}px no date on the axis lies under a break's band, in any state`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 900 });
		const covered: string[] = [];
		for (const state of CHART_STATES.timeline) {
			await page.goto(`./embed/timeline/?state=${state}`);
			await atRest(page);
			covered.push(
				...(await page.evaluate((name) => {
					const drawn = (el: Element) => el.checkVisibility({ opacityProperty: true });
					const layer = [...document.querySelectorAll(`[data-layer~="${name}"]`)].find(drawn);
					if (!layer) return [`${name}: no layer`];
					const bands = [...layer.querySelectorAll('.break')].map((b) => b.getBoundingClientRect());
					return [...layer.querySelectorAll('.tick')].flatMap((tick) => {
						const t = tick.getBoundingClientRect();
						const under = bands.some(
							(b) => t.left < b.right - 1 && b.left < t.right - 1 && t.top < b.bottom
						);
						return under ? [`${name}: “${tick.textContent}”`] : [];
					});
				}, state))
			);
		}
		expect(covered).toEqual([]);
	});
}
