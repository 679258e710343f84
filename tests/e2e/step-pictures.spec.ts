/**
 * Step pictures are art-directed (issue 20, C3/F4/W3): the narrow layout on narrow screens at any
 * pixel density and on paper, the wide one on wide screens, and only the one shown loads; each
 * with its size in the HTML, so nothing moves as it loads; each in a block that print keeps on
 * one page.
 */
import { expect, test, type Page } from './support/fixtures';

/** The first step's picture as shown: of its two (wide and narrow), the one CSS displays. */
const first = (page: Page) =>
	page.locator('#timeline li[data-step]').first().locator('.step-picture-frame img:visible');

/** The picture the browser chose for the first step, once it has loaded it. */
async function chosen(page: Page): Promise<string> {
	const img = first(page);
	await img.scrollIntoViewIfNeeded();
	await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete)).toBe(true);
	return img.evaluate((el: HTMLImageElement) => new URL(el.currentSrc).pathname);
}

/** Pictures the page has fetched whose address matches. */
const loaded = (page: Page, pattern: RegExp) =>
	page.evaluate(
		(source) =>
			performance
				.getEntriesByType('resource')
				.map((entry) => new URL(entry.name).pathname)
				.filter((path) => new RegExp(source).test(path)),
		pattern.source
	);

async function readStacked(page: Page) {
	await page.goto('./');
	await page.locator('button[data-reading-mode]').click();
	await expect(page.locator('html')).toHaveAttribute('data-reading-mode', 'stacked');
}

test.describe('on a phone at three device pixels per CSS pixel', () => {
	test.use({ viewport: { width: 375, height: 740 }, deviceScaleFactor: 3 });

	test('reading mode shows the narrow picture', async ({ page }) => {
		await readStacked(page);
		expect(await chosen(page)).toMatch(/^\/images\/timeline\/[a-z-]+-narrow\.png$/);
		expect(await loaded(page, /\/images\/[a-z-]+\/[a-z-]+(?<!-narrow)\.png$/)).toEqual([]);
	});
});

test.describe('on a desktop screen', () => {
	test.use({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });

	test('reading mode shows the wide picture', async ({ page }) => {
		await readStacked(page);
		expect(await chosen(page)).toMatch(/^\/images\/timeline\/[a-z-]+(?<!-narrow)\.png$/);
		expect(await loaded(page, /-narrow\.png$/)).toEqual([]);
		// At nearly the size it was drawn (1200 CSS px), so its 12 px labels stay near 12 px, and
		// within the window: not squeezed into the text's column (687 px, labels about 7 px).
		const box = await first(page).boundingBox();
		expect(box?.width).toBeGreaterThanOrEqual(1100);
		expect(box?.x).toBeGreaterThanOrEqual(0);
		expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(1280);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280);
	});

	test('print shows the narrow picture at its own size, legible on A4, each on one page', async ({
		page
	}) => {
		await page.goto('./');
		await page.emulateMedia({ media: 'print' });
		expect(await chosen(page)).toMatch(/^\/images\/timeline\/[a-z-]+-narrow\.png$/);
		const img = first(page);
		// Drawn at the width it was photographed at (375 CSS px), not stretched or shrunk: its
		// text prints at the size the chart draws it.
		expect((await img.boundingBox())?.width).toBeCloseTo(375, 0);
		// WebKit keeps only a block whole across pages, not an image.
		const holder = await img.evaluate((el) => {
			const block = el.parentElement as HTMLElement;
			const style = getComputedStyle(block);
			return { tag: block.tagName, display: style.display, breakInside: style.breakInside };
		});
		expect(holder).toEqual({ tag: 'DIV', display: 'block', breakInside: 'avoid' });
	});
});

test('every step picture has the width and height of its file, at 2x', async ({ page }) => {
	await page.goto('./');
	const sizes = await page.evaluate(() =>
		[...document.querySelectorAll('.step-picture-frame')].map((frame) =>
			[...frame.querySelectorAll('img')].map((el) => ({
				src: el.getAttribute('src') ?? '',
				width: Number(el.getAttribute('width')),
				height: Number(el.getAttribute('height'))
			}))
		)
	);
	expect(sizes.length).toBeGreaterThan(10);
	for (const { src, width, height } of sizes.flat()) {
		// The files are drawn at twice the CSS size.
		const file = await page.evaluate(async (url) => {
			const img = new Image();
			img.src = url;
			await img.decode();
			return { width: img.naturalWidth, height: img.naturalHeight };
		}, src);
		expect({ src, width, height }).toEqual({
			src,
			width: file.width / 2,
			height: file.height / 2
		});
	}
});
