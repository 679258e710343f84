/**
 * The map drawn where the world is. The browser reads each drawing of the map as it renders it
 * (`isPointInFill`, `isPointInStroke`) and the atlas says where land and sea are: a point well
 * inside every country big enough to have one must fall in the drawn land, open sea must not,
 * and each story country's outline must run along the atlas's own vertices, on the land's edge.
 * Checked in the wide world map and in every phone panel, for the points inside its window.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { inlandPoints, outlinePoints, seaPoints, type WorldPoint } from './support/world';

/** The story's countries, by the map's code and the atlas's numeric id. */
const STORY_COUNTRIES: Record<string, string> = {
	USA: '840',
	CHN: '156',
	JPN: '392',
	NLD: '528',
	KOR: '410',
	CAN: '124',
	FRA: '250',
	DEU: '276',
	ITA: '380',
	GBR: '826'
};

/** Half the width of the edge an outline point may sit on, in map units (coordinates are rounded to 0.1). */
const EDGE = 0.3;

interface Drawing {
	/** Which drawing, for messages. */
	name: string;
	/** Its window on the map: x, y, width, height in map units. */
	window: [number, number, number, number];
}

/**
 * Every drawing of the map that is displayed at this width, with its window. A drawing uses the
 * geometry the page carries once (`<use href>`); each is probed through its own land.
 */
const DRAWINGS = '[data-chart="controls-map"] [data-plot] svg:has(use.land)';

async function drawings(page: Page): Promise<Drawing[]> {
	return page.locator(DRAWINGS).evaluateAll((svgs) =>
		svgs
			.filter((svg) => svg.checkVisibility())
			.map((svg, i) => ({
				name: svg.closest('[data-region]')?.getAttribute('data-region') ?? `drawing ${i + 1}`,
				window: (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number) as [
					number,
					number,
					number,
					number
				]
			}))
	);
}

/** Points inside a window, away from its edges (a panel's paths are cut at its edges). */
const within = ([x, y, w, h]: Drawing['window'], points: WorldPoint[], margin = 2) =>
	points.filter(
		({ at: [px, py] }) =>
			px > x + margin && px < x + w - margin && py > y + margin && py < y + h - margin
	);

/** For each point, what the displayed drawing `index` says: in its land, in a country's fill or on its edge. */
async function probe(
	page: Page,
	index: number,
	points: WorldPoint[],
	what: { land?: boolean; country?: string; edge?: number }
) {
	return page.locator(DRAWINGS).evaluateAll(
		(svgs, { index, points, what }) => {
			const svg = svgs.filter((s) => s.checkVisibility())[index];
			if (!svg) throw new Error(`no drawing ${index}`);
			const use = svg.querySelector(what.country ? `use[data-mark="${what.country}"]` : 'use.land');
			const source = use && document.querySelector(use.getAttribute('href') ?? '');
			if (!use || !source) throw new Error(`drawing ${index} has no ${what.country ?? 'land'}`);
			// What the <use> draws, as a path of its own in a drawing with the same window, where the
			// browser can say what falls in its fill or on its edge. The <use> is placed as it is.
			if (['x', 'y', 'transform'].some((a) => use.hasAttribute(a))) {
				throw new Error(
					`drawing ${index}: its ${what.country ?? 'land'} is moved from the geometry`
				);
			}
			const probe = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
			probe.setAttribute('viewBox', svg.getAttribute('viewBox') ?? '');
			probe.setAttribute('style', 'position:absolute;left:0;top:0;width:500px;height:500px');
			const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
			path.setAttribute('d', source.getAttribute('d') ?? '');
			probe.append(path);
			document.body.append(probe);
			if (what.edge) {
				path.style.setProperty('stroke', 'black');
				path.style.setProperty('stroke-width', String(what.edge * 2));
				path.style.setProperty('vector-effect', 'none');
			}
			const result = points.map(({ name, at: [x, y] }) => {
				const point = new DOMPoint(x, y);
				return {
					name,
					fill: path.isPointInFill(point),
					edge: what.edge ? path.isPointInStroke(point) : false
				};
			});
			probe.remove();
			return result;
		},
		{ index, points, what }
	);
}

test('the atlas gives enough points to judge the map by', () => {
	expect(inlandPoints.length).toBeGreaterThan(120);
	expect(seaPoints.length).toBeGreaterThan(20);
});

for (const width of [1280, 375]) {
	test.describe(`the map at ${width}px`, () => {
		test.use({ viewport: { width, height: 900 } });

		test.beforeEach(async ({ page }) => {
			await page.goto('./embed/controls-map/');
		});

		test('inland points fall in the drawn land, open sea outside it', async ({ page }) => {
			const shown = await drawings(page);
			expect(shown.length, 'drawings displayed').toBeGreaterThan(0);
			for (const [index, drawing] of shown.entries()) {
				const inland = within(drawing.window, inlandPoints);
				const sea = within(drawing.window, seaPoints);
				expect(inland.length + sea.length, `${drawing.name}: points in view`).toBeGreaterThan(0);
				const onLand = await probe(page, index, inland, { land: true });
				expect(
					onLand.filter((p) => !p.fill).map((p) => p.name),
					`${drawing.name}: countries whose inland point is drawn as sea`
				).toEqual([]);
				const atSea = await probe(page, index, sea, { land: true });
				expect(
					atSea.filter((p) => p.fill).map((p) => p.name),
					`${drawing.name}: open sea drawn as land`
				).toEqual([]);
			}
		});

		test('each story country is drawn along its outline, on the edge of the land', async ({
			page
		}) => {
			const shown = await drawings(page);
			let checked = 0;
			for (const [index, drawing] of shown.entries()) {
				for (const [code, id] of Object.entries(STORY_COUNTRIES)) {
					const outline = within(drawing.window, outlinePoints(id));
					if (outline.length === 0) continue;
					checked += outline.length;
					const own = await probe(page, index, outline, { country: code, edge: EDGE });
					expect(
						own.filter((p) => !p.edge).length,
						`${drawing.name}: ${code}'s outline off the atlas's`
					).toBe(0);
					const land = await probe(page, index, outline, { edge: EDGE });
					expect(
						land.filter((p) => !p.edge && !p.fill).length,
						`${drawing.name}: ${code}'s outline off the land`
					).toBe(0);
				}
			}
			expect(checked).toBeGreaterThan(100);
		});
	});
}
