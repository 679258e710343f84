/**
 * The map's model and what it renders: its geometry once, each state's window framing the
 * countries it is about (wide, and on phones for the states about one), labels inside their
 * windows, and each country's emphasis by state.
 */
import { describe, expect, it } from 'vitest';
import ControlsMap from '../../src/lib/charts/controls-map/ControlsMap.svelte';
import { windowAround } from '../../src/lib/charts/controls-map/build/windows';
import { CHART_STATES } from '../support/charts';
import { charts, count, dataset, renderWithFrame } from './support/charts';

const { model } = charts['controls-map'];
const inside = ([x, y, w, h]: number[], [px, py]: number[]) =>
	(px ?? 0) >= (x ?? 0) &&
	(px ?? 0) <= (x ?? 0) + (w ?? 0) &&
	(py ?? 0) >= (y ?? 0) &&
	(py ?? 0) <= (y ?? 0) + (h ?? 0);

describe('map windows', () => {
	it('frame a box with padding at the given aspect, inside the map', () => {
		// 20 x 20 padded by at least 8 each way, widened to the map's aspect (1000 / 440).
		expect(windowAround([500, 50, 520, 70], 0, [1000, 440])).toEqual([469.1, 42, 81.8, 36]);
		expect(windowAround([500, 50, 520, 70], 0, [1000, 440], { aspect: 1, pad: 0.5 })).toEqual([
			490, 40, 40, 40
		]);
		expect(windowAround(null, 0, [1000, 440])).toEqual([0, 0, 1000, 440]);
	});
});

describe('the map model', () => {
	it('has a wide view for every state, and phone views at the phone box’s shape', () => {
		expect(model.wide.map((v) => v.id)).toEqual([...CHART_STATES['controls-map']]);
		expect(model.phone.views.length).toBeGreaterThan(0);
		for (const view of model.phone.views) {
			const [, , w, h] = view.window;
			expect(w / h, view.id).toBeCloseTo(model.phone.aspect, 1);
		}
	});

	it('labels each view inside its window, each panel inside its own', () => {
		for (const view of [...model.wide, ...model.phone.views, ...model.regions]) {
			for (const label of view.labels)
				expect(inside(view.window, label.at), `${view.id} ${label.id}`).toBe(true);
		}
	});

	it('draws in each phone panel only the countries that cross its window', () => {
		expect(model.regions.map((r) => r.id)).toEqual(['north-america', 'europe', 'east-asia']);
		for (const region of model.regions) {
			const [, , w, h] = region.window;
			expect(w / h).toBeCloseTo(region.aspect, 1);
			expect(region.codes.length).toBeGreaterThan(0);
			expect(region.codes.length).toBeLessThan(dataset.countries.length);
		}
	});

	it('puts a state’s own countries forward and sets the rest back', () => {
		expect(model.emphasis.overview?.KOR).toBe(1);
		expect(model.emphasis.netherlands?.NLD).toBe(1);
		expect(model.emphasis.netherlands?.CHN).toBeLessThan(1);
		expect(model.g7.members).toEqual(
			dataset.countries.filter((c) => c.role === 'g7-partner').map((c) => c.name)
		);
	});
});

describe('the map, rendered', () => {
	const { body } = renderWithFrame(ControlsMap, { chart: charts['controls-map'], state: 'japan' });

	it('carries its geometry once, used by every drawing', () => {
		expect(body).toContain('data-state="japan"');
		expect(count(body, /<path id="controls-map-land"/g)).toBe(1);
		expect(count(body, /<path id="controls-map-shape-/g)).toBe(dataset.countries.length);
		const drawings = count(body, /<use class="land[ "]/g);
		expect(drawings).toBe(2 + model.regions.length);
		expect(count(body, /d="M/g)).toBe(2 + dataset.countries.length);
	});

	it('has a details popover per country and the group, and a row per country', () => {
		for (const { code } of model.countries)
			expect(body).toContain(`id="controls-map-details-${code}"`);
		expect(body).toContain('id="controls-map-details-G7"');
		expect(count(body, /<tr>/g)).toBeGreaterThan(model.countries.length);
	});

	it('zooms by a transform on a box, with strokes kept to their width, state by state', () => {
		for (const state of CHART_STATES['controls-map']) {
			expect(body).toMatch(
				new RegExp(
					`\\[data-state="${state}"\\] \\[data-zoom="wide"\\]\\{transform:translate\\([-\\d.]+%,[-\\d.]+%\\) scale\\([\\d.]+\\);--zoom:[\\d.]+\\}`
				)
			);
		}
	});
});
