import type { Page } from '@playwright/test';

/**
 * Waits until every CSS transition and Web Animation on the page has finished, such as chart
 * marks moving between states. (Scroll-driven ones, like the reading-progress bar, never end;
 * they are left.)
 */
export async function atRest(page: Page): Promise<void> {
	await page.waitForFunction(() =>
		document
			.getAnimations()
			.every((a) => a.playState !== 'running' || a.timeline !== document.timeline)
	);
}
