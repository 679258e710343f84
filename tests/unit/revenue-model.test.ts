/** The revenue chart's model: exact values from the real dataset, and a clear error without them. */
import { describe, expect, it } from 'vitest';
import { revenueChart } from '../../src/lib/charts/revenue/model';
import type { Dataset } from '../../src/lib/data/schema';
import { loadDataset } from '../../src/lib/server/dataset';

const dataset = loadDataset();
const { meta, model } = revenueChart(dataset);

describe('revenueChart', () => {
	it('reads China’s share as an open-ended floor', () => {
		expect(model.chinaShare).toEqual({
			id: 'china-revenue-share',
			min: 10,
			label: 'China: more than 10% of revenue',
			detail:
				'China brings in more than 10% of Micron’s revenue (March 2023). That is a floor: no article says how much more, so the bar fades out instead of ending.'
		});
		expect(model.chinaShare).not.toHaveProperty('max');
	});

	it('reads the CFO’s “single-digit percentage” as a 1–9% range, with who claimed it', () => {
		expect(model.lossEstimate.min).toBe(1);
		expect(model.lossEstimate.max).toBe(9);
		expect(model.lossEstimate.label).toBe('Estimate: 1–9% of revenue, a “single-digit percentage”');
		expect(model.lossEstimate.detail).toBe(
			"Sales Micron might lose to the ban: 1% to 9% of total revenue. This is the company’s own estimate, a “single-digit percentage”, given by Mark Murphy, Micron's chief financial officer, in May 2023; the final figure depends on which customers and products are hit."
		);
	});

	it('has both share moves, in order, with dates and signed labels', () => {
		expect(model.shareMoves).toEqual([
			{
				id: 'share-fall-review-day',
				value: -4.4,
				valueLabel: '\u22124.4%',
				date: '31 March 2023',
				caption: 'Review announced',
				detail: '31 March 2023 (review announced): Micron’s shares fell 4.4%.'
			},
			{
				id: 'share-fall-next-monday',
				value: -1.2,
				valueLabel: '\u22121.2%',
				date: '3 April 2023',
				caption: 'Next trading day',
				detail: '3 April 2023 (next trading day): Micron’s shares fell 1.2%.'
			}
		]);
		expect(model.moveDomain).toEqual([-5, 0]);
	});

	it('has one table row per figure, with qualifiers and sources', () => {
		expect(model.rows.map((r) => [r.id, r.value, r.date])).toEqual([
			['china-revenue-share', 'More than 10%', 'March 2023'],
			['cfo-loss-estimate', '1% to 9%', 'May 2023'],
			['share-fall-review-day', '\u22124.4%', '31 March 2023'],
			['share-fall-next-monday', '\u22121.2%', '3 April 2023']
		]);
		expect(model.rows[0]?.reading).toBe('A lower bound only: no article gives an upper figure');
		expect(model.rows[1]?.reading).toBe(
			"Estimate by Mark Murphy, Micron's chief financial officer: a “single-digit percentage”, read as a range"
		);
		expect(model.rows[0]?.sources).toHaveLength(2);
		for (const row of model.rows) expect(row.sources.length).toBeGreaterThan(0);
	});

	it('frames the chart with its sources and data files', () => {
		expect(meta.name).toBe('revenue');
		expect(meta.dataFiles).toEqual(['figures.csv', 'figures.json']);
		expect(meta.sources.map((s) => s.id)).toEqual([
			'000_88451f5ea22fdf18',
			'003_7809e32e950dcdd3',
			'004_27abe782be38579c'
		]);
		expect(meta.description).toContain('more than 10%');
		expect(meta.description).toContain('1% to 9%');
		expect(meta.note).toContain('lower bound');
		expect(meta.note).toContain('1–9%');
		expect(meta.note).toContain('in dollars');
	});

	it('is plain JSON', () => {
		expect(JSON.parse(JSON.stringify({ meta, model }))).toEqual({ meta, model });
	});

	it('takes its numbers from the dataset, not from the code', () => {
		const changed: Dataset = {
			...dataset,
			figures: dataset.figures.map((f) => (f.id === 'china-revenue-share' ? { ...f, min: 12 } : f))
		};
		expect(revenueChart(changed).model.chinaShare.min).toBe(12);
	});

	it('names the missing figure when one is absent', () => {
		for (const id of [
			'china-revenue-share',
			'cfo-loss-estimate',
			'share-fall-review-day',
			'share-fall-next-monday'
		]) {
			const without: Dataset = { ...dataset, figures: dataset.figures.filter((f) => f.id !== id) };
			expect(() => revenueChart(without)).toThrow(
				new Error(`Revenue chart: the dataset has no figure "${id}"`)
			);
		}
	});

	it('refuses a range without its upper bound', () => {
		const broken: Dataset = {
			...dataset,
			figures: dataset.figures.map((f) =>
				f.id === 'cfo-loss-estimate' ? { ...f, max: undefined } : f
			)
		};
		expect(() => revenueChart(broken)).toThrow(
			new Error('Revenue chart: figure "cfo-loss-estimate" has no max')
		);
	});
});
