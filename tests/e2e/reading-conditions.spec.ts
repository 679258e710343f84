/**
 * Unusual reading (issue 15): an embed opened on its own scrolls like any page; an embed that a
 * CMS frames with sandbox="allow-scripts" (no allow-same-origin) still works and sizes itself; a
 * reader's 32 px default font makes nothing scroll sideways; on a 280 px screen no label word
 * is broken across lines.
 */
import { SITE } from '../../playwright.config';
import { CHART_NAMES } from '../support/charts';
import { expect, test, type Page } from './support/fixtures';
import { startHost, type Host } from './support/host';

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(() => host.close());

const sideways = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test('an embed opened on its own, in a short window, scrolls down to its story link', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 600 });
	await page.goto('embed/controls-map/');
	const link = page.getByRole('link', { name: 'Read the full story' });
	await link.scrollIntoViewIfNeeded();
	await expect(link).toBeInViewport();
	expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
});

test('an embed in a frame sandboxed without allow-same-origin works and sizes itself', async ({
	page
}) => {
	host.serve(
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CMS</title></head><body>
		<iframe id="boxed" src="${SITE}/embed/timeline/?state=review" title="Timeline" data-micron-embed
			sandbox="allow-scripts allow-popups" width="100%" height="300" style="border:0;width:100%"></iframe>
		<script src="${SITE}/embed.js" async></script></body></html>`
	);
	await page.setViewportSize({ width: 700, height: 900 });
	await page.goto(`${host.origin}/cms/`);
	const frame = page.frameLocator('#boxed');
	// The page's script ran: ?state= chose the view.
	await expect(frame.locator('figure[data-chart]')).toHaveAttribute('data-state', 'review');
	await expect
		.poll(async () => (await page.locator('#boxed').boundingBox())?.height ?? 0)
		.toBeGreaterThan(600);
	const inner = await frame
		.locator('html')
		.evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
	expect(
		Math.abs(((await page.locator('#boxed').boundingBox())?.height ?? 0) - inner)
	).toBeLessThanOrEqual(2);
});

test('a 32 px default font makes no page scroll sideways at 1280 px', async ({ page }) => {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.enable');
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
	await page.setViewportSize({ width: 1280, height: 900 });
	for (const path of ['./', ...CHART_NAMES.map((name) => `embed/${name}/`), 'data/']) {
		// Each page done loading, favicon included, before the next: leaving aborts what is in flight.
		await page.goto(path, { waitUntil: 'networkidle' });
		expect(
			await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize)),
			path
		).toBe(32);
		expect(await sideways(page), path).toBeLessThanOrEqual(0);
	}
});

test('at 280 px no word of a chart label is broken across lines', async ({ page }) => {
	await page.setViewportSize({ width: 280, height: 800 });
	const broken: string[] = [];
	for (const name of CHART_NAMES) {
		await page.goto(`embed/${name}/`);
		expect(await sideways(page), name).toBeLessThanOrEqual(0);
		broken.push(
			...(await page.evaluate(() => {
				const out: string[] = [];
				for (const label of document.querySelectorAll<HTMLElement>('[data-label]')) {
					if (!label.checkVisibility()) continue;
					const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
					for (let node = walker.nextNode(); node; node = walker.nextNode()) {
						const text = node.textContent ?? '';
						for (const match of text.matchAll(/\S+/g)) {
							const range = document.createRange();
							range.setStart(node, match.index);
							range.setEnd(node, match.index + match[0].length);
							const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
							if (lines.size > 1) out.push(match[0]);
						}
					}
				}
				return out;
			}))
		);
	}
	expect(broken).toEqual([]);
});
