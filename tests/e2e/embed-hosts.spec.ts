/**
 * Embedding in more places (issue 16): an AMP page's <amp-iframe resizable> learns the frame's
 * height from AMP's own message; a host page sets the frame's colours with data-theme, and the
 * frame follows a change at once; /embed.js works when a page loads it twice, and for iframes
 * added after it ran.
 */
import { SITE } from '../../playwright.config';
import { expect, test, type Page } from './support/fixtures';
import { startHost, type Host } from './support/host';

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(() => host.close());

const article = (body: string) =>
	`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body style="margin:0"><article style="max-width:40rem;margin:auto">${body}</article></body></html>`;
const frame = (name: string, extra = '') =>
	`<iframe src="${SITE}/embed/${name}/" title="${name}" data-micron-embed width="100%" height="200" style="border:0;width:100%" ${extra}></iframe>`;

/** The height the page inside an iframe takes, and the iframe's own. */
async function heights(page: Page, selector: string) {
	const element = page.locator(selector);
	const inner = await (
		await element.elementHandle()
	)
		?.contentFrame()
		.then((f) =>
			f?.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height))
		);
	return { outer: (await element.boundingBox())?.height ?? 0, inner: inner ?? 0 };
}

test('an AMP-style host hears AMP’s embed-size message with the content’s height', async ({
	page
}) => {
	host.serve(
		article(`${frame('revenue', 'id="amp"')}
		<script>
			window.sizes = [];
			addEventListener('message', (event) => {
				if (event.data && event.data.sentinel === 'amp' && event.data.type === 'embed-size') {
					window.sizes.push(event.data.height);
				}
			});
		</script>`)
	);
	await page.goto(`${host.origin}/amp/`);
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { sizes: number[] }).sizes.length))
		.toBeGreaterThan(0);
	const { inner } = await heights(page, '#amp');
	const last = await page.evaluate(
		() => (window as unknown as { sizes: number[] }).sizes.at(-1) ?? 0
	);
	expect(Math.abs(last - inner)).toBeLessThanOrEqual(4);
});

test('the host sets the frame’s colours with data-theme, and a change is followed at once', async ({
	page
}) => {
	host.serve(
		article(
			`${frame('timeline', 'id="chart" data-theme="dark"')}<script src="${SITE}/embed.js" async></script>`
		)
	);
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto(`${host.origin}/theme/`);
	const inside = page.frameLocator('#chart');
	const background = () =>
		inside.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
	await expect.poll(background).toBe('rgb(18, 18, 18)');
	const loads: number[] = [];
	page.on('framenavigated', (f) => {
		if (f !== page.mainFrame()) loads.push(Date.now());
	});
	await page.locator('#chart').evaluate((el) => el.setAttribute('data-theme', 'light'));
	await expect.poll(background).toBe('rgb(255, 255, 255)');
	await page.locator('#chart').evaluate((el) => el.setAttribute('data-theme', 'auto'));
	await expect(inside.locator('html')).not.toHaveAttribute('data-theme', /./);
	expect(loads).toEqual([]);
});

test('/embed.js loaded twice, and an iframe added after it ran, both size correctly', async ({
	page
}) => {
	host.serve(
		article(`${frame('revenue', 'id="first"')}
		<script src="${SITE}/embed.js"></script>
		<script src="${SITE}/embed.js" async></script>
		<button id="add">Add a chart</button>
		<div id="later"></div>
		<script>
			document.getElementById('add').onclick = () => {
				document.getElementById('later').innerHTML = ${JSON.stringify(frame('controls-map', 'id="second"'))};
			};
		</script>`)
	);
	await page.setViewportSize({ width: 600, height: 900 });
	await page.goto(`${host.origin}/spa/`);
	await page.locator('#add').click();
	for (const selector of ['#first', '#second']) {
		await page.locator(selector).scrollIntoViewIfNeeded();
		await expect
			.poll(async () => {
				const { outer, inner } = await heights(page, selector);
				return inner > 300 ? Math.abs(outer - inner) : Infinity;
			})
			.toBeLessThanOrEqual(2);
	}
});
