import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { CHART_STATES } from '../../src/lib/charts/chart';
import Timeline from '../../src/lib/charts/timeline/Timeline.svelte';
import { charts, count, dataset, declarations } from './support/charts';

const { meta, model } = charts.timeline;
const mark = (id: string) => {
	const found = model.marks.find((m) => m.id === id);
	if (!found) throw new Error(`no mark ${id}`);
	return { ...found, css: declarations(found.vars) };
};

describe('the timeline model', () => {
	it('has one mark per event, in dataset order, each in its lane with its shape', () => {
		expect(model.marks.map((m) => m.id)).toEqual(dataset.events.map((e) => e.id));
		expect(mark('us-export-controls')).toMatchObject({
			lane: 'allies',
			shape: 'circle',
			span: true
		});
		expect(mark('micron-shares-fall-review')).toMatchObject({ lane: 'micron', shape: 'down' });
		expect(mark('cac-ban')).toMatchObject({ lane: 'china', shape: 'diamond', span: false });
	});

	it('draws how each date was fixed: stated, from the public record, or approximate', () => {
		expect(mark('cac-ban').dateKind).toBe('stated');
		expect(mark('cac-review-launch').dateKind).toBe('record');
		expect(mark('micron-cfo-estimate')).toMatchObject({
			dateKind: 'approximate',
			dateLabel: 'About 22 May 2023'
		});
	});

	it('uses one scale either side of the break: a month is as long in 2022 as in 2023', () => {
		const october = mark('us-export-controls').css;
		const march = mark('netherlands-export-limits').css;
		expect(october['--x-overview']).toBe('0');
		expect(october['--w-overview']).toBe(march['--w-overview']);
		const [gap] = model.breaks.filter((b) => b.key.startsWith('overview-'));
		// October's 31 days of the 123 shown, on the 94% of the axis left by the 6% break.
		expect(declarations(gap?.vars ?? '')).toMatchObject({ left: '23.69%', width: '6%' });
		expect(gap?.text).toBe(
			'Axis break: no events in these reports, November 2022 to February 2023'
		);
	});

	it('hides the marks a state leaves out: they fade, and leave the tab order', () => {
		const ban = mark('us-export-controls').css;
		expect(ban['--vis-responses']).toBeUndefined();
		expect(ban['--o-responses']).toBe('0');
		expect(mark('cac-ban').css['--vis-responses']).toBe('visible');
	});

	it('draws a burst of events as one counted band, keeping the events it names', () => {
		const overview = model.groups.filter((g) => g.key.startsWith('overview-'));
		expect(overview.map((g) => [g.text, g.when])).toEqual([
			['5 events', '31 Mar–3 Apr'],
			['10 events', '20–23 May']
		]);
		expect(mark('cac-ban').css['--vis-overview']).toBe('visible');
		expect(mark('us-state-department-concerns').css['--vis-overview']).toBeUndefined();
	});

	it('numbers each state’s labels in time order, and marks carry their number', () => {
		const responses = model.labelSets.find((s) => s.key === 'responses');
		expect(responses?.labels.map((l) => [l.n, l.date])).toEqual([
			[1, 'About 21 May'],
			[2, '22 May'],
			[3, 'About 22 May'],
			[4, '23 May'],
			[5, '23 May']
		]);
		expect(mark('us-commerce-objects').css['--key-responses']).toBe('"1"');
	});

	it('needs no more rows than the plot reserves, wide and narrow', () => {
		expect(model.rows).toEqual({ wide: expect.any(Number), narrow: expect.any(Number) });
		expect(model.rows.narrow).toBeLessThanOrEqual(6);
	});

	it('has its words from the copy, a title and a text for every state', () => {
		expect(meta.title).toBe('Chip controls and the Micron ban');
		expect(meta.states.map((s) => s.id)).toEqual([...CHART_STATES.timeline]);
		for (const state of meta.states) expect(state.alt).not.toMatch(/\{/);
	});
});

describe('the timeline, rendered', () => {
	const { body } = render(Timeline, { props: { chart: charts.timeline, state: 'review' } });

	it('draws every event as a button that opens its details popover', () => {
		expect(body).toContain('data-chart="timeline"');
		expect(body).toContain('data-state="review"');
		expect(count(body, /<button[^>]*data-mark="/g)).toBe(model.marks.length);
		for (const { id } of model.marks) {
			expect(body).toContain(`popovertarget="timeline-event-${id}"`);
			expect(body).toContain(`id="timeline-event-${id}"`);
		}
		expect(count(body, /<tr data-row="/g)).toBe(model.marks.length);
	});

	it('carries the rules for every state, and falls back to the first for an unknown one', () => {
		for (const state of CHART_STATES.timeline) {
			expect(body).toContain(`[data-chart="timeline"][data-state="${state}"] [data-v]`);
		}
		const unknown = render(Timeline, { props: { chart: charts.timeline, state: 'nope' } }).body;
		expect(unknown).toContain('data-state="overview"');
	});
});
