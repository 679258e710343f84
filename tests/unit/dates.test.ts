import { describe, expect, it } from 'vitest';
import {
	isoDay,
	isRealDate,
	periodEnd,
	periodStart,
	precisionOf,
	shiftYears
} from '../../src/lib/build/dataset/dates';
import { outsideWindow, publishedProblem, recordWindow } from '../../src/lib/build/dataset/window';

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

describe('years before 100', () => {
	it('stay the years written, not 1900 to 1999', () => {
		expect(periodStart('0023-03-31').getUTCFullYear()).toBe(23);
		expect(isoDay(periodStart('0023-03-31'))).toBe('0023-03-31');
		expect(isoDay(periodEnd('0099-12'))).toBe('0100-01-01');
	});

	it('have their own leap years', () => {
		// 1900 was not a leap year; the year 4 (proleptic Gregorian) was.
		expect(isRealDate('0004-02-29')).toBe(true);
		expect(isRealDate('0100-02-29')).toBe(false);
	});

	it('shift by whole years, 29 February rolling to 1 March', () => {
		expect(isoDay(shiftYears(periodStart('2024-02-29'), -5))).toBe('2019-03-01');
	});
});

describe('the window of plausible dates', () => {
	const published = [
		{ earliest: '2023-05-23', latest: null },
		{ earliest: '2023-03-31', latest: null },
		{ earliest: '2023-05-22', latest: '2023-05-22' }
	];

	it('runs from five years before the earliest article to the latest publication', () => {
		const window = recordWindow(published);
		expect(window && isoDay(window.from)).toBe('2018-03-31');
		expect(window && isoDay(window.to)).toBe('2023-05-24');
		expect(window && outsideWindow('2018-03-31', window)).toBeNull();
		expect(window && outsideWindow('2018-03', window)).toBeNull();
		expect(window && outsideWindow('2018-03-30', window)).toMatch(/is outside/);
		expect(window && outsideWindow('2023-05-24', window)).toMatch(/is outside/);
	});

	it('ignores an article dated implausibly far from the others, and names it', () => {
		const typo = [...published, { earliest: '2203-05-21', latest: null }];
		expect(recordWindow(typo)?.text).toBe(recordWindow(published)?.text);
		expect(publishedProblem('2203-05-21', periodStart('2023-05-22'))).toMatch(
			/more than 2 years from the middle article's date \(2023-05-22\)/
		);
		expect(publishedProblem('2021-05-23', periodStart('2023-05-22'))).toBeNull();
	});
});
