/**
 * Where a mark's details open: wholly on screen, their first line in sight, beside the mark and
 * never over it. Timeline marks and map labels in the embeds, opened by a click, by Enter and by
 * a resting mouse, with the mark 12%, 45% and 80% of the way down the screen, on a phone and a
 * desktop; a country shape by a click, in the embed and in the story. And a mark whose details
 * were closed under the mouse is not reopened by it.
 */
import { expect, test, type Page } from './support/fixtures';
import { atRest } from './support/at-rest';
import { showStep } from './support/story';

type Box = { left: number; top: number; right: number; bottom: number };

const SIZES = [
	[375, 667],
	[1280, 800]
] as const;
const HEIGHTS = [0.12, 0.45, 0.8];
const WAYS = ['click', 'Enter', 'hover'] as const;

const MARKS = {
	'embed/timeline/': ['#tl-cac-review-launch', '#tl-cac-ban'],
	'embed/controls-map/': [
		'button[popovertarget="controls-map-details-USA"]',
		'button[popovertarget="controls-map-details-CHN"]'
	]
};
const CHINA = 'use[data-details="controls-map-details-CHN"]';

/** Pads the page so any mark can sit anywhere on screen; scrolls the drawn one matching
 * `selector` (for a shape, a point of it that takes clicks) to `height` of the way down. */
function bringTo(page: Page, selector: string, height: number) {
	return page.evaluate(
		([selector, height]) => {
			const body = document.body.style;
			body.paddingBlock = `${2 * innerHeight}px`;
			const drawn = [...document.querySelectorAll(selector)].filter((el) =>
				el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
			);
			const mark = drawn[0] as Element;
			const r = mark.getBoundingClientRect();
			window.scrollBy(0, r.top + r.height / 2 - height * innerHeight);
			return drawn.map((el) => el.getBoundingClientRect().toJSON() as DOMRect);
		},
		[selector, height] as const
	);
}

/** A point of a drawn shape that takes clicks (not a label over it), nearest its middle. */
function pointOn(page: Page, selector: string) {
	return page.evaluate((selector) => {
		for (const el of document.querySelectorAll(selector)) {
			const r = el.getBoundingClientRect();
			const [mx, my] = [r.left + r.width / 2, r.top + r.height / 2];
			const points: [number, number][] = [];
			for (let i = 1; i < 20; i++) {
				for (let j = 1; j < 20; j++)
					points.push([r.left + (r.width * i) / 20, r.top + (r.height * j) / 20]);
			}
			points.sort(
				([ax, ay], [bx, by]) => Math.hypot(ax - mx, ay - my) - Math.hypot(bx - mx, by - my)
			);
			const inside = ([x, y]: [number, number]) =>
				x > 2 && y > 2 && x < innerWidth - 2 && y < innerHeight - 2;
			const hit = points.find((p) => inside(p) && document.elementFromPoint(...p) === el);
			if (hit) return hit;
		}
		throw new Error(`no point of ${selector} takes clicks`);
	}, selector);
}

/** The open panel, its first line, and the viewport, once the panel has stopped moving. */
async function openPanel(page: Page) {
	const panel = page.locator(':popover-open');
	await expect(panel).toHaveCount(1);
	const read = () =>
		panel.evaluate((el) => ({
			box: el.getBoundingClientRect().toJSON() as Box,
			first: (el.firstElementChild as Element).getBoundingClientRect().toJSON() as Box,
			scrolled: el.scrollTop,
			view: [document.documentElement.clientWidth, innerHeight]
		}));
	let last = '';
	const settled = async () => last === (last = JSON.stringify(await read()));
	await expect.poll(settled, { intervals: [50] }).toBe(true);
	return read();
}

const overlap = (a: Box, b: Box) =>
	Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
	Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

/** Wholly on screen, its first line in sight, and not over `mark`. */
async function expectBeside(page: Page, mark: Box, what: string) {
	const { box, first, scrolled, view } = await openPanel(page);
	const [width, height] = view as [number, number];
	expect(box.left, `${what}: left edge`).toBeGreaterThanOrEqual(0);
	expect(box.top, `${what}: top edge`).toBeGreaterThanOrEqual(0);
	expect(box.right, `${what}: right edge`).toBeLessThanOrEqual(width);
	expect(box.bottom, `${what}: bottom edge`).toBeLessThanOrEqual(height);
	expect(scrolled, `${what}: panel scrolled`).toBe(0);
	expect(first.top, `${what}: first line`).toBeGreaterThanOrEqual(box.top);
	expect(first.bottom, `${what}: first line`).toBeLessThanOrEqual(Math.min(box.bottom, height));
	expect(overlap(box, mark), `${what}: over the mark`).toBe(0);
}

/** Closes the open panel and takes the mouse off every mark. */
async function closeAll(page: Page) {
	await page.keyboard.press('Escape');
	await page.mouse.move(1, 1);
	await expect(page.locator(':popover-open')).toHaveCount(0);
}

for (const [width, height] of SIZES) {
	for (const [url, marks] of Object.entries(MARKS)) {
		test(`${url} at ${width}×${height}: each mark's details open beside it, on screen`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			await page.goto(url);
			for (const selector of marks) {
				for (const at of HEIGHTS) {
					for (const way of WAYS) {
						const [mark] = (await bringTo(page, selector, at)) as [Box & DOMRect];
						const [x, y] = [mark.left + mark.width / 2, mark.top + mark.height / 2];
						if (way === 'click') await page.mouse.click(x, y);
						if (way === 'Enter') {
							await page.locator(`${selector} >> visible=true`).focus();
							await page.keyboard.press('Enter');
						}
						if (way === 'hover') await page.mouse.move(x, y, { steps: 2 });
						await expectBeside(page, mark, `${selector} at ${at}, by ${way}`);
						if (way === 'Enter') {
							await expect(page.locator(`${selector} >> visible=true`)).toBeFocused();
						}
						await closeAll(page);
					}
				}
			}
		});
	}

	test(`a tapped country's details open beside the tap, at ${width}×${height}`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('embed/controls-map/');
		for (const at of HEIGHTS) {
			await bringTo(page, CHINA, at);
			await tapChina(page, `embed, China at ${at}`);
		}
		await page.goto('./');
		await showStep(page, 'controls-map', 'china');
		// The map zooms to its new view: tap China where it ends, not where it passes.
		await atRest(page);
		await tapChina(page, 'story, China');
	});
}

/** Clicks China where it takes clicks; its details open beside that point, on screen. */
async function tapChina(page: Page, what: string) {
	const [x, y] = await pointOn(page, CHINA);
	await page.mouse.click(x, y);
	await expectBeside(page, { left: x - 12, right: x + 12, top: y - 12, bottom: y + 12 }, what);
	await closeAll(page);
}

for (const way of ['click', 'hover']) {
	test(`details opened by ${way} and closed under a resting mouse stay closed until it leaves`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto('embed/controls-map/');
		const label = page.locator('button[popovertarget="controls-map-details-USA"]:visible');
		const details = page.locator('#controls-map-details-USA');
		const centre = async (part: string) => {
			const box = (await label.locator(part).boundingBox()) as DOMRect;
			return [box.x + box.width / 2, box.y + box.height / 2] as const;
		};
		const [swatch, name] = [await centre('svg'), await centre('.name')];
		if (way === 'click') await page.mouse.click(...swatch);
		else await page.mouse.move(...swatch);
		await expect(details).toBeVisible();
		await page.keyboard.press('Escape');
		// Across the label, from its swatch to its name: still the same mark.
		await page.mouse.move(...name, { steps: 3 });
		await page.waitForTimeout(400);
		await expect(page.locator(':popover-open')).toHaveCount(0);
		// Off the mark and back: a new hover opens them again.
		await page.mouse.move(1, 1);
		await page.mouse.move(...name);
		await expect(details).toBeVisible();
	});
}
