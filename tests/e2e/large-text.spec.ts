/**
 * Large text (issue 20): a reader who sets the browser's default font size to twice or four
 * times the usual 16 px (Chromium's and Firefox's "font size" setting; every size on the site is
 * in rem or em, so this scales all its text) on a 320 px screen reads every page without
 * scrolling sideways, and no word is cut off: long words break, legends and grids reflow, and
 * chart labels fixed to a place grow only as far as their chart has room.
 */
import { readdirSync } from 'node:fs';
import { CHART_NAMES } from '../support/charts';
import { expect, test, type Page } from './support/fixtures';

const SHARES = readdirSync('build/share', { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => `share/${entry.name}/`);

async function setTextSize(page: Page, percent: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	await cdp.send('Page.setFontSizes', {
		fontSizes: { standard: (16 * percent) / 100, fixed: (13 * percent) / 100 }
	});
}

/** How far the page scrolls sideways, and the words that stick out of the screen. */
function measure(page: Page) {
	return page.evaluate(() => {
		const scrolls = (el: Element) => {
			for (let up = el.parentElement; up; up = up.parentElement) {
				if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return true;
			}
			return false;
		};
		const cut = [...document.querySelectorAll('body *')]
			.filter((el) => [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim()))
			.filter((el) => el.checkVisibility({ visibilityProperty: true }))
			.filter((el) => getComputedStyle(el).clipPath === 'none' && !scrolls(el))
			.filter((el) => {
				const box = el.getBoundingClientRect();
				return box.width > 0 && (box.left < -1 || box.right > innerWidth + 1);
			})
			.map((el) => el.textContent?.trim().slice(0, 40));
		return {
			sideways: document.documentElement.scrollWidth - innerWidth,
			cut
		};
	});
}

for (const percent of [200, 400]) {
	test(`at 320 px with ${percent}% text no page scrolls sideways or cuts a word`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 320, height: 700 });
		await setTextSize(page, percent);
		for (const path of ['./', ...CHART_NAMES.map((name) => `embed/${name}/`), 'data/']) {
			await page.goto(path);
			expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
				`${(16 * percent) / 100}px`
			);
			expect(await measure(page), path).toEqual({ sideways: 0, cut: [] });
		}
	});

	test(`at 320 px with ${percent}% text the share pages, read without script, fit`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 320, height: 700 }
		});
		const page = await context.newPage();
		await setTextSize(page, percent);
		expect(SHARES.length).toBeGreaterThan(3);
		for (const path of SHARES) {
			await page.goto(path);
			expect(await measure(page), path).toEqual({ sideways: 0, cut: [] });
		}
		await context.close();
	});
}
