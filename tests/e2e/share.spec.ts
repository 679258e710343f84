import { SITE } from '../../playwright.config';
import { expect, test, type Page } from './support/fixtures';
import { SECTION_IDS as SECTIONS, titleOf } from './support/copy';
import { showStep } from './support/story';

async function bringToLine(page: Page, id: string) {
	await page.evaluate((anchor) => {
		const el = document.getElementById(anchor);
		if (!el) throw new Error(`no element #${anchor}`);
		window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.45);
	}, id);
}

for (const width of [375, 1280]) {
	test.describe(`deep links at ${width}px`, () => {
		test.use({ viewport: { width, height: width < 600 ? 740 : 860 } });

		for (const [chart, step, state] of [
			['timeline', 'timeline-ban', 'ban'],
			['revenue', 'revenue-loss-estimate', 'loss-estimate'],
			['controls-map', 'controls-map-japan', 'japan']
		] as const) {
			test(`/#${step} opens on that step, with the chart in its state`, async ({ page }) => {
				// The same state as scrolling there…
				await page.goto('./');
				await showStep(page, chart, state);
				// …and directly from the link, without stepping through the earlier states.
				const seen: string[] = [];
				await page.exposeFunction('recordState', (s: string) => seen.push(s));
				await page.addInitScript((name) => {
					new MutationObserver(() => {
						const el = document.querySelector(`[data-chart="${name}"]`);
						if (el)
							(window as unknown as { recordState: (s: string) => void }).recordState(
								el.getAttribute('data-state') ?? ''
							);
					}).observe(document, {
						subtree: true,
						attributes: true,
						attributeFilter: ['data-state']
					});
				}, chart);
				await page.goto(`./#${step}`);
				await expect(page.locator(`[data-chart="${chart}"]`)).toHaveAttribute('data-state', state);
				await expect(page.locator(`#${step}`)).toBeInViewport();
				await expect(page.locator(`#${step}`)).toHaveAttribute('aria-current', 'step');
				expect(seen.filter((s) => s !== state && s !== seen[0])).toEqual([]);
			});
		}
	});
}

test('the hash follows reading, without adding history entries', async ({ page }) => {
	await page.goto('./');
	const length = await page.evaluate(() => history.length);
	for (const anchor of [
		'intro',
		'timeline',
		'timeline-review',
		'revenue-loss-estimate',
		'controls-map-china',
		'sources'
	]) {
		await bringToLine(page, anchor);
		await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${anchor}`);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
	expect(await page.evaluate(() => history.length)).toBe(length);
});

test('the contents links jump, and back returns', async ({ page }) => {
	await page.goto('./');
	await page
		.getByRole('navigation', { name: 'In this story' })
		.getByRole('link', { name: titleOf('unknowns') })
		.click();
	await expect(page).toHaveURL(/#unknowns$/);
	await expect(page.locator('#unknowns h2')).toBeInViewport();
	await page.goBack();
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200);
});

test('an unknown anchor opens the story at the top, unharmed', async ({ page }) => {
	await page.goto('./#no-such-step');
	await expect(page.locator('h1')).toBeInViewport();
	await expect(page.locator('[data-chart="timeline"]')).toHaveAttribute('data-state', 'overview');
});

test('the share control copies the section share page link, and says so', async ({ browser }) => {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const page = await context.newPage();
	// Desktop Linux has no share sheet; make sure the copy path is the one under test.
	await page.addInitScript(() => {
		delete (Navigator.prototype as { share?: unknown }).share;
	});
	await page.goto(`${SITE}/`);
	const group = page.getByRole('group', { name: `Share “${titleOf('revenue')}”` });
	await group.getByRole('button', { name: 'Copy link' }).click();
	await expect(group.getByRole('status')).toHaveText('Link copied.');
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${SITE}/share/revenue/`);
	await expect(group.getByRole('link', { name: 'Bluesky' })).toHaveAttribute(
		'href',
		`https://bsky.app/intent/compose?text=${encodeURIComponent(`${titleOf('revenue')} · ${await page.locator('h1').innerText()} ${SITE}/share/revenue/`)}`
	);
	await context.close();
});

for (const section of SECTIONS) {
	test(`/share/${section}/ sends a person on to #${section}`, async ({ page }) => {
		await page.goto(`share/${section}/`);
		await expect(page).toHaveURL(`${SITE}/#${section}`);
		await expect(page.locator(`#${section}`)).toBeVisible();
	});
}

test('without JavaScript a share page offers the link to its section', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('share/revenue/');
	await expect(
		page.getByRole('link', { name: `Read “${titleOf('revenue')}” in the story` })
	).toHaveAttribute('href', '/#revenue');
	await context.close();
});
