import { describe, expect, it } from 'vitest';
import {
	datedAs,
	formatCount,
	formatDate,
	formatFigure,
	formatPercentChange,
	formatShortDate,
	formatUsd
} from '../../src/lib/format';

describe('formatDate', () => {
	it('prints days and months in full, and marks approximate dates', () => {
		expect(formatDate('2023-05-21', 'day')).toBe('21 May 2023');
		expect(formatDate('2022-10', 'month')).toBe('October 2022');
		expect(datedAs('2023-03-31', 'day', 'c. {date}')).toBe('c. 31 March 2023');
		expect(datedAs('2023-03-31', 'day', null)).toBe('31 March 2023');
	});

	it('prints a year before 100 as written, as the CSV does', () => {
		expect(formatDate('0023-03-31', 'day')).toBe('31 March 0023');
		expect(formatShortDate('0099-12', 'month')).toBe('Dec 0099');
	});

	it('has short forms for tight labels', () => {
		expect(formatShortDate('2023-04-03', 'day')).toBe('3 Apr');
		expect(formatShortDate('2022-10', 'month')).toBe('Oct 2022');
	});
});

describe('formatPercentChange', () => {
	it('uses a true minus sign and one decimal', () => {
		expect(formatPercentChange(-4.4)).toBe('\u22124.4%');
		expect(formatPercentChange(1.25)).toBe('+1.3%');
		expect(formatPercentChange(0)).toBe('0.0%');
	});
});

describe('formatFigure', () => {
	it('words each kind of figure with its qualifier', () => {
		expect(formatFigure({ min: 10, unit: 'percent', kind: 'share', qualifier: 'more-than' })).toBe(
			'more than 10%'
		);
		expect(
			formatFigure({ min: 1, max: 9, unit: 'percent', kind: 'share', qualifier: 'estimate' })
		).toBe('1% to 9%');
		expect(formatFigure({ value: -4.4, unit: 'percent', kind: 'change', qualifier: 'exact' })).toBe(
			'4.4%'
		);
		expect(formatFigure({ value: 3.6e9, unit: 'usd', kind: 'money', qualifier: 'planned' })).toBe(
			'$3.6bn'
		);
		expect(formatFigure({ value: 31e6, unit: 'usd', kind: 'money', qualifier: 'exact' })).toBe(
			'$31m'
		);
		expect(formatFigure({ value: 3, unit: 'months', kind: 'duration', qualifier: 'exact' })).toBe(
			'three months'
		);
		expect(formatFigure({ min: 3, unit: 'months', kind: 'duration', qualifier: 'more-than' })).toBe(
			'more than three months'
		);
		expect(
			formatFigure({ min: 1200, unit: 'companies', kind: 'count', qualifier: 'more-than' })
		).toBe('more than 1,200');
		expect(formatFigure({ value: 5, unit: 'people', kind: 'count', qualifier: 'exact' })).toBe(
			'five'
		);
	});

	it('never drops a sign, except from a change, whose direction the sentence gives', () => {
		expect(formatFigure({ min: -10, unit: 'percent', kind: 'share', qualifier: 'more-than' })).toBe(
			'more than \u221210%'
		);
		expect(formatFigure({ value: 1.2, unit: 'percent', kind: 'change', qualifier: 'exact' })).toBe(
			'1.2%'
		);
		expect(formatFigure({ value: -2e6, unit: 'usd', kind: 'money', qualifier: 'exact' })).toBe(
			'\u2212$2m'
		);
		expect(formatFigure({ value: -3, unit: 'people', kind: 'count', qualifier: 'exact' })).toBe(
			'-3'
		);
	});

	it('refuses a figure with no number', () => {
		expect(() => formatFigure({ unit: 'percent', kind: 'share', qualifier: 'exact' })).toThrow(
			'A figure needs a value, a min or a max'
		);
	});
});

describe('formatCount and formatUsd', () => {
	it('spells out small whole numbers and groups thousands', () => {
		expect([0, 1, 10, 11, 1200].map(formatCount)).toEqual(['zero', 'one', 'ten', '11', '1,200']);
		expect([999, 2.5e6, 1e9].map(formatUsd)).toEqual(['$999', '$2.5m', '$1bn']);
	});
});
