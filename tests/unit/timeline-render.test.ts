import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/lib/charts/timeline/Timeline.svelte';
import { timelineChart } from '../../src/lib/charts/timeline/model';
import { TIMELINE_STATES } from '../../src/lib/charts/timeline/states';
import { loadDataset } from '../../src/lib/server/dataset';

const chart = timelineChart(loadDataset());
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

describe('Timeline, rendered on the server', () => {
	for (const { id } of TIMELINE_STATES) {
		it(`draws every event in state "${id}", with the data table`, () => {
			const { body } = render(Timeline, { props: { chart, state: id } });
			expect(body).toContain(`data-chart="timeline"`);
			expect(body).toContain(`data-state="${id}"`);
			expect(count(body, /<button[^>]*data-mark="/g)).toBe(chart.model.marks.length);
			expect(count(body, /<tr data-row="/g)).toBe(chart.model.marks.length);
			expect(body).toContain('<svg');
			const { labels, compactLabels } = chart.model.views[id];
			expect(count(body, /<span class="label[ "]/g)).toBe(
				new Set([...labels, ...compactLabels]).size
			);
		});
	}

	it('falls back to the first state for an unknown one', () => {
		const { body } = render(Timeline, { props: { chart, state: 'no-such-state' } });
		expect(body).toContain('data-state="overview"');
	});

	it('fades the events a state does not emphasise', () => {
		const { body } = render(Timeline, { props: { chart, state: 'allied-controls' } });
		const faded = count(body, /<button[^>]*class="mark[^"]*faded/g);
		expect(faded).toBe(chart.model.marks.length - 3);
	});
});
