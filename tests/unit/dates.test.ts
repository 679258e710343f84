import { describe, expect, it } from 'vitest';
import { isRealDate, periodEnd, periodStart, precisionOf } from '../../src/lib/data/dates';

describe('isRealDate', () => {
	it('accepts real days and months, including leap days', () => {
		expect(['2023-05-21', '2024-02-29', '2022-10', '2023-12-31'].map(isRealDate)).toEqual([
			true,
			true,
			true,
			true
		]);
	});

	it('rejects impossible days and months, and other formats', () => {
		expect(
			['2023-02-29', '2023-04-31', '2023-13', '2023-00', '2023-5-1', '21 May'].map(isRealDate)
		).toEqual([false, false, false, false, false, false]);
	});
});

describe('periods', () => {
	it('a day runs to the next midnight, UTC', () => {
		expect(precisionOf('2023-05-21')).toBe('day');
		expect(periodStart('2023-05-21').toISOString()).toBe('2023-05-21T00:00:00.000Z');
		expect(periodEnd('2023-05-21').toISOString()).toBe('2023-05-22T00:00:00.000Z');
	});

	it('a month runs to the first of the next, across a year end', () => {
		expect(precisionOf('2022-12')).toBe('month');
		expect(periodStart('2022-12').toISOString()).toBe('2022-12-01T00:00:00.000Z');
		expect(periodEnd('2022-12').toISOString()).toBe('2023-01-01T00:00:00.000Z');
	});
});
