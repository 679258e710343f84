/**
 * An embed in another site's frame keeps its chart (issue 23): its links open outside the frame
 * (the pages they lead to refuse to be framed elsewhere); /embed.js sizes a frame whose address
 * is another name of our site than the script's (www and bare domain; here 127.0.0.1 and
 * localhost); removing data-theme gives the frame its own colours back; and oEmbed declares the
 * height the embed really has at its width.
 */
import { SITE } from '../../playwright.config';
import { expect, test, type Page } from './support/fixtures';
import { startHost, type Host } from './support/host';

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(() => host.close());

/** Our site by its other name: the same server, another origin. */
const ALIAS = SITE.replace('localhost', '127.0.0.1');

const article = (body: string, width = 720) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><article style="width:${width}px;margin:auto">${body}</article></body></html>`;

/** The frame's height and its page's, once the page inside has loaded. */
async function heights(page: Page, selector: string) {
	const element = page.locator(selector);
	const frame = await (await element.elementHandle())?.contentFrame();
	await frame?.waitForLoadState();
	const inner = await frame?.evaluate(() =>
		Math.ceil(document.documentElement.getBoundingClientRect().height)
	);
	return { outer: (await element.boundingBox())?.height ?? 0, inner: inner ?? 0 };
}

test('links inside an embed open outside the frame, and the chart stays', async ({
	page,
	context
}) => {
	host.serve(
		article(
			`<iframe id="chart" src="${SITE}/embed/timeline/" title="timeline" data-micron-embed width="100%" height="1300" style="border:0;width:100%"></iframe><script src="${SITE}/embed.js" async></script>`
		)
	);
	await page.goto(`${host.origin}/links/`);
	const inside = page.frameLocator('#chart');
	for (const name of ['Get the data', 'events.json']) {
		const link = inside.getByRole('link', { name, exact: true });
		await link.scrollIntoViewIfNeeded();
		const [opened] = await Promise.all([context.waitForEvent('page'), link.click()]);
		await opened.waitForLoadState();
		expect(new URL(opened.url()).pathname).toMatch(/^\/data\//);
		await opened.close();
		await expect(inside.locator('figure[data-chart="timeline"]')).toBeVisible();
	}
	const frame = page.frames().find((f) => f.url().includes('/embed/timeline/'));
	expect(frame?.url()).toBe(`${SITE}/embed/timeline/`);
});

test('embed.js sizes a frame whose address is another name of our site than its own', async ({
	page
}) => {
	host.serve(
		article(
			`<iframe id="chart" src="${SITE}/embed/revenue/" title="revenue" data-micron-embed width="100%" height="200" style="border:0;width:100%"></iframe><script src="${ALIAS}/embed.js" async></script>`
		)
	);
	await page.goto(`${host.origin}/alias/`);
	await expect
		.poll(async () => {
			const { outer, inner } = await heights(page, '#chart');
			return inner > 300 ? Math.abs(outer - inner) : Infinity;
		})
		.toBeLessThanOrEqual(2);
});

test('removing data-theme returns the embed to its own colours', async ({ page }) => {
	host.serve(
		article(
			`<iframe id="chart" src="${SITE}/embed/revenue/" title="revenue" data-micron-embed data-theme="dark" width="100%" height="700" style="border:0;width:100%"></iframe><script src="${SITE}/embed.js" async></script>`
		)
	);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`${host.origin}/theme/`);
	const inside = page.frameLocator('#chart');
	const background = () =>
		inside.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
	await expect.poll(background).toBe('rgb(18, 18, 18)');
	await page.locator('#chart').evaluate((el) => el.removeAttribute('data-theme'));
	await expect.poll(background).toBe('rgb(255, 255, 255)');
	await expect(inside.locator('html')).not.toHaveAttribute('data-theme', /./);
});

for (const chart of ['timeline', 'revenue', 'controls-map']) {
	test(`${chart}: oEmbed declares the height the embed has at its width`, async ({
		page,
		request
	}) => {
		const oembed = await (await request.get(`${SITE}/embed/${chart}/oembed.json`)).json();
		host.serve(
			article(
				`<iframe id="chart" src="${SITE}/embed/${chart}/" title="${chart}" data-micron-embed width="100%" height="200" style="border:0;width:100%"></iframe><script src="${SITE}/embed.js" async></script>`,
				oembed.width
			)
		);
		await page.setViewportSize({ width: 1000, height: 900 });
		await page.goto(`${host.origin}/oembed/`);
		await expect.poll(async () => (await heights(page, '#chart')).outer).toBeGreaterThan(300);
		const { outer, inner } = await heights(page, '#chart');
		expect(Math.abs(outer - inner)).toBeLessThanOrEqual(2);
		// Within 3% of what the embed really takes at that width.
		expect(Math.abs(oembed.height - inner) / inner).toBeLessThanOrEqual(0.03);
	});
}
