import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Revenue from '../../src/lib/charts/revenue/Revenue.svelte';
import { charts, count, declarations } from './support/charts';

const { meta, model } = charts.revenue;
const bar = (id: string) => model.bars.find((b) => b.id === id);

describe('the revenue model', () => {
	it('draws all revenue, China’s floor with an open end, and the estimate fading before its bound', () => {
		expect(model.bars.map((b) => [b.id, b.solid, b.open, b.end])).toEqual([
			['whole', 100, 100, null],
			['china', 10, 17, 'and more'],
			['loss', 1, 10, 'under 10%']
		]);
		expect(bar('china')?.label).toMatch(/^From China: more than 10% /);
	});

	it('ends China’s arrow short of every gridline but its floor', () => {
		const china = bar('china');
		expect(model.ticks.filter((t) => t > (china?.solid ?? 0) && t <= (china?.open ?? 0))).toEqual(
			[]
		);
	});

	it('puts each state’s bar forward by fading the others, keeping their labels readable', () => {
		const loss = declarations(bar('loss')?.vars ?? '');
		expect(loss['--o-loss-estimate']).toBe('1');
		expect(loss['--o-whole']).toBe('0.25');
		expect(loss['--lc-whole']).toBe('var(--color-muted)');
	});

	it('lists its two figures in the table, with the words from the copy', () => {
		expect(model.rows.map((r) => [r.id, r.value])).toEqual([
			['china-revenue-share', 'more than 10%'],
			['cfo-loss-estimate', '1% to 9%']
		]);
		expect(meta.description).toContain('a flat, evenly shaded band from 1% to 9%');
	});
});

describe('the revenue chart, rendered', () => {
	it('draws three bars and two table rows in every state', () => {
		for (const state of ['whole', 'china-share', 'loss-estimate']) {
			const { body } = render(Revenue, { props: { chart: charts.revenue, state } });
			expect(body).toContain(`data-state="${state}"`);
			expect(count(body, /data-bar="/g)).toBe(3);
			expect(count(body, /<tr data-figure="/g)).toBe(2);
		}
	});
});
