import { readFileSync } from 'node:fs';
import { SITE } from '../../playwright.config';
import { expectNoSeriousA11yViolations } from './support/axe';
import { expect, test, type Page } from './support/fixtures';
import { startHost, type Host } from './support/host';

const CHARTS = ['timeline', 'revenue', 'controls-map'];

let host: Host;
test.beforeAll(async () => {
	host = await startHost();
});
test.afterAll(() => host.close());

/** Opens the host article, embedding every chart through pym.js and through the exact snippets
 * the story offers. */
async function openHost(page: Page, width: number) {
	await page.setViewportSize({ width, height: 900 });
	await page.goto('./');
	const snippets = await page
		.locator('textarea[id^="embed-"]:not([id$="-image"])')
		.evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
	expect(snippets).toHaveLength(3);
	host.serve(
		readFileSync('tests/e2e/fixtures/host.html', 'utf8')
			.replace('<!-- SNIPPETS -->', snippets.join('\n'))
			.replaceAll('__SITE__', SITE)
	);
	await page.goto(`${host.origin}/article/`);
	const frames = page.locator('iframe');
	await expect(frames).toHaveCount(6);
	return frames;
}

/** Waits until every iframe is exactly as tall as its content (within 2 px), with no scrollbars. */
async function expectFramesFit(page: Page) {
	const iframes = page.locator('iframe');
	const count = await iframes.count();
	for (let i = 0; i < count; i++) {
		const element = iframes.nth(i);
		await element.scrollIntoViewIfNeeded();
		const frame = await (await element.elementHandle())?.contentFrame();
		if (!frame) throw new Error(`iframe ${i} has no frame`);
		await frame.waitForLoadState();
		await expect
			.poll(
				async () => {
					const outer = (await element.boundingBox())?.height ?? 0;
					const inner = await frame.evaluate(
						() => document.documentElement.getBoundingClientRect().height
					);
					return Math.abs(outer - inner);
				},
				{ message: `iframe ${i} (${await element.getAttribute('src')}) fits its content` }
			)
			.toBeLessThanOrEqual(2);
		const scrolls = await frame.evaluate(() => {
			const root = document.documentElement;
			return root.scrollHeight > root.clientHeight + 1 || root.scrollWidth > root.clientWidth + 1;
		});
		expect(scrolls, `iframe ${i} scrolls inside`).toBe(false);
	}
}

// A phone and a desktop column; the loader test below sizes them at 600 px too.
for (const width of [320, 1000]) {
	test(`embeds size themselves in a host page at ${width}px, through pym.js and our loader`, async ({
		page
	}) => {
		await openHost(page, width);
		await expectFramesFit(page);

		// The height follows the content: step through every view, and open the data table.
		for (const index of [0, 3]) {
			const frame = page.frameLocator('iframe').nth(index);
			const buttons = frame.locator('[data-stepper] button');
			const n = await buttons.count();
			for (let b = n - 1; b >= 0; b--) await buttons.nth(b).click();
			await frame.locator('summary', { hasText: 'Show the data' }).click();
		}
		await expectFramesFit(page);
	});
}

test('the loader ignores messages from other origins and from frames that are not ours', async ({
	page
}) => {
	await openHost(page, 600);
	await expectFramesFit(page);
	const loaderFrame = page.locator('iframe[data-micron-embed]').first();
	const before = await loaderFrame.getAttribute('height');
	// A message from the host page itself (wrong source, wrong origin) must not resize anything.
	await page.evaluate(() => window.postMessage('pymxPYMxxPYMxheightxPYMx5', '*'));
	await page.waitForTimeout(300);
	expect(await loaderFrame.getAttribute('height')).toBe(before);
});

for (const name of CHARTS) {
	test(`the ${name} embed page: chart, stepper, story link, noindex, canonical and themes`, async ({
		page
	}) => {
		await page.goto(`embed/${name}/`);
		await expect(page.locator(`[data-chart="${name}"]`)).toBeVisible();
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			`${SITE}/share/${name}/`
		);
		const story = page.getByRole('link', { name: 'Read the full story' });
		await expect(story).toHaveAttribute('target', '_top');
		await expect(story).toHaveAttribute('href', `/#${name}`);
		await expectNoSeriousA11yViolations(page);

		const states = await page
			.locator('[data-stepper] button')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-state-to')));
		const last = states.at(-1) ?? '';
		await page.goto(`embed/${name}/?state=${last}&theme=dark`);
		await expect(page.locator(`[data-chart="${name}"]`)).toHaveAttribute('data-state', last);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(18, 18, 18)');
		await expectNoSeriousA11yViolations(page);

		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto(`embed/${name}/?theme=light`);
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(255, 255, 255)'
		);
	});

	test(`the ${name} embed's fallback height shows it whole at 320px without any script`, async ({
		browser
	}) => {
		const context = await browser.newContext({
			javaScriptEnabled: false,
			viewport: { width: 320, height: 800 }
		});
		const page = await context.newPage();
		await page.goto('./');
		const height = Number(
			await page
				.locator(`#embed-${name}`)
				.evaluate((el) => /height="(\d+)"/.exec((el as HTMLTextAreaElement).value)?.[1])
		);
		await page.goto(`embed/${name}/`);
		const content = await page.evaluate(
			() => document.documentElement.getBoundingClientRect().height
		);
		expect(content).toBeLessThanOrEqual(height);
		expect(height - content, 'fallback not wastefully tall').toBeLessThan(400);
		await context.close();
	});
}
