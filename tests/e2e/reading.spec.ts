/**
 * Reading without scroll effects (issue 16): the switch near the top stacks every step with a
 * picture of its chart state and leaves nothing sticky, and the visit remembers it; print reads
 * the same way without the controls; a page without script too; and as the reader moves on,
 * the new chart state is read out, once.
 */
import { expect, test, type Page } from './support/fixtures';
import { scrollToStep, stickyCount as sticky } from './support/story';

/**
 * Each step's picture: shown, drawn (after scrolling to it), and of the step's own state; narrow
 * unless the screen is wide.
 */
async function expectEveryStepPictured(page: Page) {
	const steps = page.locator('li[data-step]');
	const count = await steps.count();
	expect(count).toBeGreaterThan(10);
	const layout = (await page.evaluate(() => matchMedia('screen and (min-width: 60em)').matches))
		? ''
		: '-narrow';
	for (let i = 0; i < count; i++) {
		const step = steps.nth(i);
		const picture = step.locator('.step-picture-frame img:visible');
		await picture.scrollIntoViewIfNeeded();
		await expect(picture).toBeVisible();
		const state = await step.getAttribute('data-state');
		await expect(picture).toHaveAttribute(
			'src',
			new RegExp(`/images/[a-z-]+/${state}${layout}\\.png$`)
		);
		await expect
			.poll(() => picture.evaluate((img: HTMLImageElement) => img.naturalWidth))
			.toBeGreaterThan(0);
	}
}

test('the switch stacks each step with its chart’s picture, nothing sticky, for the visit', async ({
	page
}) => {
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('./');
	const button = page.locator('button[data-reading-mode]');
	await expect(button).toBeVisible();
	await expect(button).toHaveAttribute('aria-pressed', 'false');
	await expect(page.locator('li[data-step] img').first()).toBeHidden();
	expect(await sticky(page)).toBeGreaterThan(0);

	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'stacked');
	expect(await sticky(page)).toBe(0);
	await expect(page.locator('#timeline figure[data-chart]')).toBeHidden();
	await expectEveryStepPictured(page);

	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'stacked');
	await page.locator('button[data-reading-mode]').click();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'scroll');
	expect(await sticky(page)).toBeGreaterThan(0);
});

test('readers whose device asks for less motion are offered the switch, not moved to it', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('./');
	await expect(page.locator('.reading-mode .offer')).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'scroll');
});

test('print reads the same way, without share or embed controls, and makes a PDF', async ({
	page
}) => {
	await page.goto('./');
	await page.emulateMedia({ media: 'print' });
	expect(await sticky(page)).toBe(0);
	for (const selector of ['.share', '.embed-code', '.chart-download', '.reading-mode']) {
		await expect(page.locator(selector).first(), selector).toBeHidden();
	}
	await expectEveryStepPictured(page);
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
	expect(pdf.length).toBeGreaterThan(100_000);
});

test('without script the story reads stacked, every step with its picture', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 1280, height: 900 }
	});
	const page = await context.newPage();
	await page.goto('./');
	await expect(page.locator('button[data-reading-mode]')).toBeHidden();
	expect(await sticky(page)).toBe(0);
	await expectEveryStepPictured(page);
	await context.close();
});

test('the new chart state is read out once the reader stays on a step, not while flinging', async ({
	page
}) => {
	// The page's clock is the test's: a loaded machine cannot stretch the fling past the settle delay.
	await page.clock.install();
	await page.goto('./');
	const region = page.locator('[data-announce]');
	await expect(region).toHaveAttribute('aria-live', 'polite');
	await region.evaluate((el) => {
		const said: string[] = ((window as unknown as { said: string[] }).said = []);
		new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, {
			childList: true,
			characterData: true,
			subtree: true
		});
	});
	await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
	// Through four steps, the chart following each within a few frames (20 ms at a time, as the
	// scroll event may come a frame late), and only the last is said: 700 ms after it is reached.
	const chart = page.locator('#timeline figure[data-chart]');
	for (const id of ['allied-controls', 'review', 'ban', 'responses']) {
		const state = await scrollToStep(page, 'timeline', `timeline-${id}`);
		let waited = 0;
		await expect
			.poll(async () => {
				await page.clock.runFor(20);
				waited += 20;
				return chart.getAttribute('data-state');
			})
			.toBe(state);
		expect(waited).toBeLessThan(300);
	}
	expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([]);
	// Stay, and what the chart now shows is said, once.
	await page.clock.runFor(1000);
	const alt = await page.locator('#timeline-responses img.step-picture').getAttribute('alt');
	expect(alt?.length).toBeGreaterThan(40);
	await expect(region).toHaveText(alt ?? '');
	await page.clock.runFor(2000);
	expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([alt]);
});

test('a link to a step, read without scroll effects, opens at that step', async ({ page }) => {
	await page.goto('./');
	await page.locator('button[data-reading-mode]').click();
	await page.goto('./#controls-map-netherlands');
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'stacked');
	const top = await page
		.locator('#controls-map-netherlands')
		.evaluate((el) => el.getBoundingClientRect().top);
	expect(top).toBeGreaterThanOrEqual(0);
	expect(top).toBeLessThan(40);
});
