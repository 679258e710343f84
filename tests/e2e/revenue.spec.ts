/**
 * The revenue chart in the story: its steps move it through every state, every bar stays drawn,
 * it is accessible in both colour schemes at phone and desktop widths, and it needs no script.
 */
import type { Locator, Page } from '@playwright/test';
import { CHART_STATES } from '../support/charts';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test } from './support/fixtures';
import { showStep } from './support/story';

const chartIn = (page: Page): Locator => page.locator('#revenue [data-chart="revenue"]');

for (const width of [375, 1280]) {
	for (const colorScheme of ['light', 'dark'] as const) {
		test(`at ${width}px, ${colorScheme}, its steps move it through every state`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height: 900 });
			// Each state is judged at rest; reduced motion gets it there at once.
			await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
			await page.goto('./');
			const chart = chartIn(page);
			await expect(chart).toHaveAttribute('data-state', 'whole');
			await page.locator('#revenue summary', { hasText: 'Show the data' }).click();
			for (const state of CHART_STATES.revenue) {
				await showStep(page, 'revenue', state);
				await expect(chart.locator('[data-bar]')).toHaveCount(3);
				await expectNoSeriousA11yViolations(page, '#revenue');
			}
			// The estimate is put forward, and nothing that is set back loses its words' contrast.
			const opacity = (bar: string) =>
				chart
					.locator(`[data-bar="${bar}"] .marks`)
					.evaluate((el) => Number(getComputedStyle(el).opacity));
			await expect.poll(() => opacity('loss')).toBe(1);
			await expect.poll(() => opacity('whole')).toBeLessThan(1);
		});
	}
}

test('the whole chart is there with JavaScript off', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('./');
	const chart = chartIn(page);
	await expect(chart).toHaveAttribute('data-state', 'whole');
	await expect(chart.locator('[data-bar="china"] .label')).toHaveText(/^From China: more than 10%/);
	await expect(chart.locator('[data-bar="loss"] .end')).toHaveText('under 10%');
	await expect(page.locator('#revenue table tbody tr')).toHaveCount(2);
	await context.close();
});
