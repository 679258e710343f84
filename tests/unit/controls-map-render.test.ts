/** The map of allied controls rendered on the server, as readers without JavaScript get it. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ControlsMap from '../../src/lib/charts/controls-map/ControlsMap.svelte';
import { controlsMapChart } from '../../src/lib/charts/controls-map/model';
import { CONTROLS_MAP_STATES } from '../../src/lib/charts/controls-map/states';
import { loadDataset } from '../../src/lib/server/dataset';

const dataset = loadDataset();
const chart = controlsMapChart(dataset);
const countOf = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('ControlsMap server render', () => {
	for (const { id } of CONTROLS_MAP_STATES) {
		it(`draws every country, and no path data, in the "${id}" state`, () => {
			const { body } = render(ControlsMap, { props: { chart, state: id } });
			expect(body).toContain(`data-state="${id}"`);
			expect(body).toContain('data-chart="controls-map"');
			expect(countOf(body, /\sdata-mark="/g)).toBe(dataset.countries.length);
			expect(countOf(body, /<button[^>]*\sdata-country="/g)).toBe(dataset.countries.length);
			// Geometry comes from world.svg only: no path elements or path data in the page.
			expect(body).not.toMatch(/\sd="/);
			expect(body).not.toMatch(/<path/);
			for (const { code } of dataset.countries) {
				expect(body).toContain(`href="/charts/world.svg#${code}"`);
			}
			expect(countOf(body, /href="\/charts\/world\.svg#world"/g)).toBe(1);
		});
	}

	it('shows the first state for an unknown state', () => {
		const { body } = render(ControlsMap, { props: { chart, state: 'nowhere' } });
		expect(body).toContain('data-state="overview"');
	});

	it('sets the SVG window to the state’s window and reserves the map’s height', () => {
		const { body } = render(ControlsMap, { props: { chart, state: 'netherlands' } });
		expect(body).toContain('viewBox="463.9 41.1 96 42.2"');
		expect(body).toMatch(/aspect-ratio:\s*1000 \/ 440/);
	});

	it('has a data table with a caption and header cells', () => {
		const { body } = render(ControlsMap, { props: { chart } });
		expect(body).toMatch(/<table[\s\S]*<caption[^>]*>[^<]+<\/caption>/);
		expect(countOf(body, /<th scope="col"/g)).toBe(5);
		expect(countOf(body, /<th scope="row"/g)).toBe(dataset.countries.length);
	});

	it('describes the state’s own country in a live region', () => {
		const { body } = render(ControlsMap, { props: { chart, state: 'japan' } });
		const details = body.match(/<div[^>]*aria-live="polite"[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? '';
		expect(details).toContain('Japan');
		expect(details).toContain('31 March 2023');
	});
});
