/** The real dataset: it loads clean, and it holds what the articles support. */
import { describe, expect, it } from 'vitest';
import { isVerbatimIn } from '../../src/lib/build/dataset/quotes';
import { articles, dataset } from './support/charts';

describe('the dataset', () => {
	it('has a record for each of the five articles, with its first line as headline', () => {
		expect(dataset.sources.map((s) => s.file)).toEqual([...articles.keys()]);
		expect(articles.size).toBe(5);
	});

	it('names an outlet only where the text does (UPI)', () => {
		expect(dataset.sources.filter((s) => s.outlet).map((s) => [s.id, s.outlet?.name])).toEqual([
			['001_b8d3ddc2f685fc12', 'UPI']
		]);
	});

	it('quotes every citation verbatim from its article', () => {
		const all = [
			...dataset.events,
			...dataset.figures,
			...dataset.countries,
			...dataset.conflicts
		].flatMap((record) => record.sources);
		expect(all.length).toBeGreaterThan(60);
		for (const { source, quote } of all) {
			expect(isVerbatimIn(quote, articles.get(`${source}.txt`) ?? ''), quote).toBe(true);
		}
	});

	it('holds the key facts: the review, the ban and the figures the charts need', () => {
		const event = (id: string) => dataset.events.find((e) => e.id === id);
		expect(event('us-export-controls')).toMatchObject({ date: '2022-10', datePrecision: 'month' });
		expect(event('cac-review-launch')).toMatchObject({ date: '2023-03-31', side: 'china' });
		expect(event('cac-ban')).toMatchObject({ date: '2023-05-21', kind: 'measure' });
		const figure = (id: string) => dataset.figures.find((f) => f.id === id);
		expect(figure('china-revenue-share')).toMatchObject({ min: 10, qualifier: 'more-than' });
		expect(figure('china-revenue-share')?.max).toBeUndefined();
		expect(figure('cfo-loss-estimate')).toMatchObject({ min: 1, max: 9, qualifier: 'estimate' });
		expect(
			dataset.figures.filter((f) => f.unit === 'percent' && (f.value ?? 0) < 0).map((f) => f.value)
		).toEqual([-4.4, -1.2]);
	});

	it('maps the countries the story names, by role', () => {
		const byRole = (role: string) =>
			dataset.countries.filter((c) => c.role === role).map((c) => c.code);
		expect(byRole('controls-on-china')).toEqual(['USA', 'JPN', 'NLD']);
		expect(byRole('reviewed-and-banned-micron')).toEqual(['CHN']);
		expect(byRole('alternative-supplier')).toEqual(['KOR']);
		expect(byRole('g7-partner')).toEqual(['CAN', 'FRA', 'DEU', 'ITA', 'GBR']);
	});

	it('records the "October 2023" error and its resolution', () => {
		const conflict = dataset.conflicts.find((c) => c.id === 'us-controls-year');
		expect(conflict?.kind).toBe('error');
		expect(conflict?.resolution).toContain('October 2022');
		expect(conflict?.affects).toEqual(['us-export-controls']);
	});
});
