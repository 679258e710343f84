/**
 * The reader's script survives any URL and any storage (issue 23), in Chromium: the story opened
 * with a malformed `%` in its hash or query, or with a sessionStorage that throws, raises no
 * page error (the fixture fails the test on one) and everything still starts: the charts follow
 * the steps, the hash follows reading, share and copy buttons show, the reading-mode button
 * works. An embed asked for a state it does not have says so, in the copy file's words.
 */
import { loadSite } from '../../src/lib/build/site';
import { expect, test, type Page } from './support/fixtures';

/** Scrolls the timeline's steps past the trigger line, one by one, until the chart changes. */
async function readOn(page: Page) {
	const figure = page.locator('#timeline figure[data-chart]');
	const first = await figure.getAttribute('data-state');
	for (const step of await page.locator('#timeline [data-step]').all()) {
		await step.scrollIntoViewIfNeeded();
		await page.mouse.wheel(0, 300);
		if ((await figure.getAttribute('data-state')) !== first) break;
	}
	await expect(figure).not.toHaveAttribute('data-state', first ?? '');
	await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#timeline/);
}

for (const url of ['/#%', '/#%zz', '/#%E0%A4%A', '/?%E0%A4%A=%#%', '/?state=%zz&theme=%']) {
	test(`the story at ${url} starts: charts follow reading, the hash follows, buttons show`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(url);
		await expect(page.locator('button[data-share]').first()).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'scroll');
		await readOn(page);
	});
}

test('a full sessionStorage leaves the reading-mode button working', async ({ page }) => {
	await page.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
	await page.goto('/');
	const button = page.locator('button[data-reading-mode]');
	await button.click();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'stacked');
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await button.click();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'scroll');
});

test('storage that refuses to be read: the story starts and the button works', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'sessionStorage', {
			get() {
				throw new DOMException('Access is denied.', 'SecurityError');
			}
		});
	});
	await page.goto('/');
	await page.locator('button[data-reading-mode]').click();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'stacked');
});

test.describe('an embed asked for a state', () => {
	// The words the page says, from the copy, with the timeline's first view named.
	const { frame, charts } = loadSite();
	const first = charts.timeline.meta.states[0]?.label ?? '';
	const [before, after] = frame.embed['unknown-state'].replace('{first}', first).split('{state}');

	test('it does not have: says so in the copy file’s words, and shows the first view', async ({
		page
	}) => {
		await page.goto('embed/timeline/?state=bann');
		const note = page.locator('[data-unknown-state]');
		await expect(note).toBeVisible();
		await expect(note).toHaveText(`${before}bann${after}`);
		await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', 'overview');
	});

	for (const asked of ['BAN', 'ban%20', '+Ban+']) {
		test(`written ${asked}: opens on ban, and says nothing`, async ({ page }) => {
			await page.goto(`embed/timeline/?state=${asked}`);
			await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', 'ban');
			await expect(page.locator('[data-state-to="ban"]')).toHaveAttribute('aria-pressed', 'true');
			await expect(page.locator('[data-unknown-state]')).toBeHidden();
		});
	}

	test('with a malformed %: the first view, the name shown as text', async ({ page }) => {
		await page.goto('embed/revenue/?state=%E0%A4%A');
		await expect(page.locator('[data-unknown-state]')).toBeVisible();
		await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', 'whole');
	});
});
