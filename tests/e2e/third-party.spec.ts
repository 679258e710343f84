/**
 * Privacy: reading the site makes no request to anyone but us. Every request of every frame is
 * recorded while the story is read top to bottom, each embed is clicked through its views, and a
 * share page sends its reader on; any request to another origin fails the test, listed.
 */
import { SITE } from '../../playwright.config';
import { siteFromEnv } from '../../scripts/site.js';
import { expect, test, type Page } from './support/fixtures';

const CHARTS = ['timeline', 'revenue', 'controls-map'];

/** The origin the tests reach the site at, and the one it was built for (absolute URLs). */
const OURS = new Set([new URL(SITE).origin, siteFromEnv(process.env.SITE_URL).origin]);

/** Records the URL of every request the page's context makes, in any frame. */
function recordRequests(page: Page): string[] {
	const urls: string[] = [];
	page.context().on('request', (request) => urls.push(request.url()));
	return urls;
}

function foreign(urls: string[]): string[] {
	return urls.filter((url) => {
		const { protocol, origin } = new URL(url);
		if (protocol === 'data:' || protocol === 'blob:') return false;
		return !OURS.has(origin);
	});
}

/** Scrolls by wheel, as a reader would, until the end of the page. */
async function readToTheEnd(page: Page) {
	await page.mouse.move(10, 10);
	for (let i = 0; i < 400; i++) {
		const atEnd = await page.evaluate(
			() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2
		);
		if (atEnd) break;
		await page.mouse.wheel(0, 500);
		await page.waitForTimeout(60);
	}
	await page.waitForLoadState('networkidle');
}

/** Opens every <details> (data tables, embed codes), as a curious reader might. */
async function openEveryDisclosure(page: Page) {
	await page.evaluate(() => {
		for (const summary of document.querySelectorAll<HTMLElement>('details:not([open]) > summary')) {
			summary.click();
		}
	});
}

// On a phone: the one layout that loads anything by width (the step pictures, by CSS) is the
// stacked reading, whose pictures come from the same origin at every width.
test('reading the whole story at 375px asks nothing of another origin', async ({ page }) => {
	const urls = recordRequests(page);
	await page.setViewportSize({ width: 375, height: 740 });
	await page.goto('./');
	await readToTheEnd(page);
	await openEveryDisclosure(page);
	await page.waitForLoadState('networkidle');
	expect(urls.length).toBeGreaterThan(5);
	expect(foreign(urls)).toEqual([]);
});

test('every embed, clicked through all its views, asks nothing of another origin', async ({
	page
}) => {
	const urls = recordRequests(page);
	for (const name of CHARTS) {
		await page.goto(`embed/${name}/`);
		const buttons = page.locator('[data-stepper] button');
		const count = await buttons.count();
		expect(count, `${name} has a stepper`).toBeGreaterThan(1);
		for (let i = 0; i < count; i++) {
			await buttons.nth(i).click();
			await expect(page.locator(`[data-chart="${name}"]`)).toHaveAttribute(
				'data-state',
				(await buttons.nth(i).getAttribute('data-state-to')) ?? ''
			);
		}
		await openEveryDisclosure(page);
		await page.waitForLoadState('networkidle');
	}
	expect(foreign(urls)).toEqual([]);
});

test('a share page and the data page ask nothing of another origin', async ({ page }) => {
	const urls = recordRequests(page);
	await page.goto('share/timeline/');
	await expect(page).toHaveURL(`${SITE}/#timeline`);
	await page.waitForLoadState('networkidle');
	await page.goto('data/');
	await page.waitForLoadState('networkidle');
	expect(urls.some((url) => url.includes('/share/timeline/'))).toBe(true);
	expect(foreign(urls)).toEqual([]);
});
