import { describe, expect, it } from 'vitest';
import { CHART_STATES } from '../support/charts';
import ControlsMap from '../../src/lib/charts/controls-map/ControlsMap.svelte';
import { inWindow, windowAround, zoomTo } from '../../src/lib/charts/controls-map/build/windows';
import { charts, count, declarations, renderWithFrame } from './support/charts';

const { model } = charts['controls-map'];

describe('map windows', () => {
	it('frame a box with padding at the given aspect, inside the map', () => {
		// 20 x 20 padded by at least 8 each way, widened to the map's aspect (1000 / 440).
		expect(windowAround([500, 50, 520, 70], 0, [1000, 440])).toEqual([469.1, 42, 81.8, 36]);
		expect(windowAround([500, 50, 520, 70], 0, [1000, 440], { aspect: 1, pad: 0.5 })).toEqual([
			490, 40, 40, 40
		]);
		expect(windowAround(null, 0, [1000, 440])).toEqual([0, 0, 1000, 440]);
	});

	it('become a CSS zoom, and place points in percent of the box', () => {
		expect(zoomTo([0, 0, 1000, 440], 1000)).toBe('none');
		expect(zoomTo([500, 40, 100, 44], 1000)).toBe('scale(10) translate(-500px,-40px)');
		expect(inWindow([550, 62], [500, 40, 100, 44])).toEqual([50, 50]);
	});
});

describe('the map model', () => {
	it('zooms in every state but the first two, which frame all the story’s countries', () => {
		const zoom = declarations(model.world.zoom);
		for (const state of CHART_STATES['controls-map'])
			expect(zoom[`--z-${state}`]).toMatch(/^scale\(/);
		expect(zoom['--z-netherlands']).not.toBe(zoom['--z-overview']);
	});

	it('labels each state inside its window, and each regional panel inside its own', () => {
		for (const label of [...model.world.labels, ...model.regions.flatMap((r) => r.labels)]) {
			const at = declarations(label.vars);
			for (const axis of ['--x', '--y']) {
				const value = parseFloat(at[axis] ?? '');
				expect(value, `${label.key} ${axis}`).toBeGreaterThanOrEqual(0);
				expect(value, `${label.key} ${axis}`).toBeLessThanOrEqual(100);
			}
		}
	});

	it('draws the phone panels at the scale each region needs, from the same countries', () => {
		expect(model.regions.map((r) => r.id)).toEqual(['north-america', 'europe', 'east-asia']);
		for (const region of model.regions) {
			const [, , w, h] = region.viewBox.split(' ').map(Number);
			expect((w ?? 0) / (h ?? 1)).toBeCloseTo(region.aspect, 1);
			expect(region.shapes.map((s) => s.code)).toEqual(model.world.shapes.map((s) => s.code));
		}
	});

	it('groups the G7 members with no measures under one label, and fades what a state sets back', () => {
		expect(model.g7.members).toEqual(['Canada', 'France', 'Germany', 'Italy', 'United Kingdom']);
		const korea = model.world.shapes.find((s) => s.code === 'KOR');
		expect(declarations(korea?.vars ?? '')).toMatchObject({
			'--o-suppliers': '1',
			'--o-japan': '0.35'
		});
	});
});

describe('the map, rendered', () => {
	const { body } = renderWithFrame(ControlsMap, { chart: charts['controls-map'], state: 'japan' });

	it('carries the geometry once per drawing, and a details popover per country and the G7', () => {
		expect(body).toContain('data-state="japan"');
		expect(count(body, /class="land[^"]*"/g)).toBe(1 + model.regions.length);
		for (const { code } of model.countries)
			expect(body).toContain(`id="controls-map-details-${code}"`);
		expect(body).toContain('id="controls-map-details-G7"');
		expect(count(body, /<tr>/g)).toBeGreaterThan(model.countries.length);
	});
});
