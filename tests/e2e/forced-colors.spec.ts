/**
 * Forced colours (Windows High Contrast; issue 20): every chart mark is still drawn, in each
 * chart's every state, at phone and desktop widths; pressed buttons look pressed. "Drawn" is
 * read from the screen, not the DOM: at least a line's worth of pixels (the box's longer side)
 * inside the mark's box in a colour other than the forced background.
 */
import { CHART_NAMES, CHART_STATES } from '../support/charts';
import { expect, test, type Page } from './support/fixtures';

test.use({ forcedColors: 'active' });

/** What each chart draws, by selector: each visible match must be drawn. */
const MARKS: Record<(typeof CHART_NAMES)[number], string[]> = {
	revenue: ['[data-bar] .solid', '[data-bar] .arrow'],
	timeline: [
		'.break',
		'.group',
		'[data-date-kind]:not(svg)',
		'figure [data-plot] svg.symbol',
		'.legend svg.symbol'
	],
	'controls-map': ['.swatch', '[data-plot] [data-role]:not([data-role="g7-partner"])']
};

/** How many pixels of each visible mark's box (in the viewport) are not the forced background. */
async function inkOf(page: Page, selector: string) {
	const boxes = await page.locator(selector).evaluateAll((els) =>
		els
			.filter((el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true }))
			.map((el) => {
				const box = el.getBoundingClientRect();
				return { x: box.x, y: box.y, width: box.width, height: box.height };
			})
			.filter((box) => box.width >= 2 && box.height >= 2)
			.filter((box) => box.y >= 0 && box.y + box.height <= innerHeight && box.x >= 0)
	);
	const shot = (await page.screenshot()).toString('base64');
	return page.evaluate(
		async ({ shot, boxes }) => {
			const bytes = Uint8Array.from(atob(shot), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
			context.drawImage(bitmap, 0, 0);
			const probe = document.createElement('div');
			probe.style.background = 'Canvas';
			document.body.append(probe);
			const [r = 0, g = 0, b = 0] =
				getComputedStyle(probe).backgroundColor.match(/\d+/g)?.map(Number) ?? [];
			probe.remove();
			return boxes.map((box) => {
				const data = context.getImageData(
					Math.floor(box.x),
					Math.floor(box.y),
					Math.max(1, Math.round(box.width)),
					Math.max(1, Math.round(box.height))
				).data;
				let ink = 0;
				for (let i = 0; i < data.length; i += 4) {
					const far =
						Math.abs((data[i] ?? 0) - r) +
						Math.abs((data[i + 1] ?? 0) - g) +
						Math.abs((data[i + 2] ?? 0) - b);
					if (far > 60) ink += 1;
				}
				return { ...box, ink };
			});
		},
		{ shot, boxes }
	);
}

for (const width of [375, 1280]) {
	test.describe(`at ${width} px`, () => {
		test.use({ viewport: { width, height: 900 } });

		for (const name of CHART_NAMES) {
			test(`${name}: every mark drawn in every state`, async ({ page }) => {
				for (const state of CHART_STATES[name]) {
					await page.goto(`embed/${name}/?state=${state}`);
					await expect(page.locator('figure[data-chart]')).toHaveAttribute('data-state', state);
					await page.locator('[data-plot]').first().scrollIntoViewIfNeeded();
					await page.evaluate(() => document.fonts.ready);
					// Layers fade: wait until nothing moves.
					await page.waitForTimeout(600);
					for (const selector of MARKS[name]) {
						for (const mark of await inkOf(page, selector)) {
							expect(
								mark.ink,
								`${state}: ${selector} at ${Math.round(mark.x)},${Math.round(mark.y)}`
							).toBeGreaterThanOrEqual(Math.max(mark.width, mark.height));
						}
					}
				}
			});
		}

		test('pressed buttons look pressed', async ({ page }) => {
			const look = (selector: string) =>
				page
					.locator(selector)
					.first()
					.evaluate((el) => {
						const style = getComputedStyle(el);
						return `${style.backgroundColor} ${style.color}`;
					});
			await page.goto('embed/revenue/');
			expect(await look('[data-stepper] button[aria-pressed="true"]')).not.toBe(
				await look('[data-stepper] button[aria-pressed="false"]')
			);
			await page.goto('./');
			const reading = page.locator('button[data-reading-mode]');
			const before = await look('button[data-reading-mode]');
			await reading.click();
			await expect(reading).toHaveAttribute('aria-pressed', 'true');
			expect(await look('button[data-reading-mode]')).not.toBe(before);
		});
	});
}
