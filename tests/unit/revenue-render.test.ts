/** The revenue chart, rendered on the server: every mark in every state, and the data table. */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Revenue from '../../src/lib/charts/revenue/Revenue.svelte';
import { revenueChart } from '../../src/lib/charts/revenue/model';
import { REVENUE_STATES } from '../../src/lib/charts/revenue/states';
import { loadDataset } from '../../src/lib/server/dataset';

const chart = revenueChart(loadDataset());
const figures = chart.model.rows.length;
const all = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe('Revenue, rendered on the server', () => {
	it('has four figures to draw', () => expect(figures).toBe(4));

	for (const { id } of REVENUE_STATES) {
		it(`draws the whole bar and every figure in state "${id}"`, () => {
			const { body } = render(Revenue, { props: { chart, state: id } });
			expect(body).toContain('data-chart="revenue"');
			expect(all(body, /data-state="([^"]+)"/g)).toEqual([id]);
			// One mark per figure, plus the whole bar they are shares of.
			const marks = all(body, /data-mark="([^"]+)"/g);
			expect(marks).toHaveLength(figures + 1);
			expect(marks.sort()).toEqual(['whole', ...chart.model.rows.map((r) => r.id)].sort());
			// One button per figure, for keyboard and touch.
			expect(all(body, /<button[^>]*data-detail="([^"]+)"/g).sort()).toEqual(
				chart.model.rows.map((r) => r.id).sort()
			);
			expect(all(body, /<tr data-figure="([^"]+)"/g)).toEqual(chart.model.rows.map((r) => r.id));
			expect(body).toContain('<svg');
			expect(body).toContain('aria-live="polite"');
		});
	}

	it('changes emphasis between states, never the marks', () => {
		const emphasis = (state: string) =>
			Object.fromEntries(
				[
					...render(Revenue, { props: { chart, state } }).body.matchAll(
						/data-mark="([^"]+)"[^>]*data-emphasis="([^"]+)"/g
					)
				].map((m) => [m[1], m[2]])
			);
		expect(emphasis('whole')).toEqual({
			whole: 'strong',
			'china-revenue-share': 'faint',
			'cfo-loss-estimate': 'faint',
			'share-fall-review-day': 'faint',
			'share-fall-next-monday': 'faint'
		});
		expect(emphasis('china-share')['china-revenue-share']).toBe('strong');
		expect(emphasis('loss-estimate')['cfo-loss-estimate']).toBe('strong');
		expect(emphasis('market')['share-fall-review-day']).toBe('strong');
		expect(emphasis('market')['share-fall-next-monday']).toBe('strong');
		expect(emphasis('market').whole).toBe('faint');
	});

	it('prints the figures with their qualifiers and sources in the table', () => {
		const { body } = render(Revenue, { props: { chart } });
		expect(body).toMatch(/<caption[^>]*>China’s share/);
		expect(body).toContain('More than 10%');
		expect(body).toContain('1% to 9%');
		expect(body).toContain('\u22124.4%');
		expect(body).toContain('Mark Murphy');
		expect(all(body, /<th scope="(col)"/g)).toHaveLength(4);
		expect(all(body, /<th scope="(row)">/g)).toHaveLength(figures);
	});

	it('falls back to the first state, and shows its details line, for an unknown state', () => {
		const { body } = render(Revenue, { props: { chart, state: 'no-such-state' } });
		expect(body).toContain('data-state="whole"');
		expect(body).toContain(chart.model.whole.detail);
	});
});
