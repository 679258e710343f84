/**
 * The revenue chart: each bar encodes exactly what is known of its figure (all of revenue; a
 * floor with no ceiling; a range with no point stressed), placed by the same linear scale d3
 * draws with, and a state only changes which bars are put forward.
 */
import { describe, expect, it } from 'vitest';
import Revenue from '../../src/lib/charts/revenue/Revenue.svelte';
import { CHART_STATES } from '../support/charts';
import { charts, count, dataset, renderWithFrame } from './support/charts';

const { model } = charts.revenue;
const bar = (id: string) => model.bars.find((b) => b.id === id);
const figure = (id: string) => dataset.figures.find((f) => f.id === id);

describe('the revenue model', () => {
	it('draws all revenue, China’s share as a floor, and the estimate as its whole range', () => {
		const china = figure(bar('china')?.mark ?? '');
		const loss = figure(bar('loss')?.mark ?? '');
		expect(china?.qualifier).toBe('more-than');
		expect(loss?.qualifier).toBe('estimate');
		expect(model.bars.map((b) => [b.id, b.kind, b.from, b.to])).toEqual([
			['whole', 'whole', 0, 100],
			['china', 'floor', 0, china?.min],
			['loss', 'range', loss?.min, loss?.max]
		]);
	});

	it('puts each state’s own bar forward and sets the others back', () => {
		for (const state of CHART_STATES.revenue) {
			const emphasis = model.emphasis[state] ?? {};
			expect(
				Object.values(emphasis).filter((o) => o === 1),
				state
			).toHaveLength(1);
		}
	});

	it('lists its two figures in the table, each with its date and sources', () => {
		expect(model.rows.map((r) => r.id)).toEqual(['china-revenue-share', 'cfo-loss-estimate']);
		for (const row of model.rows) {
			expect(row.date).not.toBe('');
			expect(row.sources.length).toBeGreaterThan(0);
		}
	});
});

describe('the revenue chart, rendered', () => {
	const render = (state: string) => renderWithFrame(Revenue, { chart: charts.revenue, state }).body;

	it('draws three bars and two table rows in every state', () => {
		for (const state of CHART_STATES.revenue) {
			const body = render(state);
			expect(body).toContain(`data-state="${state}"`);
			expect(count(body, /<div[^>]*data-bar="/g)).toBe(3);
			expect(count(body, /<tr data-figure="/g)).toBe(2);
		}
	});

	it('draws the estimate as an even band over its range: no gradient, not from zero', () => {
		const body = render('loss-estimate');
		const loss =
			/data-kind="range"[\s\S]*?class="solid[^"]*"[^>]*style="([^"]*)"/.exec(body)?.[1] ?? '';
		const range = figure('cfo-loss-estimate');
		expect(loss).toContain(`left: ${range?.min}%`);
		expect(loss).toContain(`width: ${(range?.max ?? 0) - (range?.min ?? 0)}%`);
		expect(body).not.toMatch(/linear-gradient\(90deg, var\(--color-micron\), transparent\)/);
	});

	it('switches emphasis by opacity alone, and labels by colour at once', () => {
		const body = render('whole');
		const rules = [
			...body.matchAll(
				/\[data-chart="revenue"\]\[data-state="[a-z-]+"\] \[data-bar="[a-z]+"\] \.marks\{([^}]*)\}/g
			)
		];
		expect(rules).toHaveLength(CHART_STATES.revenue.length * model.bars.length);
		for (const [, rule] of rules) expect(rule).toMatch(/^opacity:[\d.]+$/);
	});
});
