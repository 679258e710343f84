import { describe, expect, it } from 'vitest';
import { formatDate, formatPercentChange, formatShortDate } from '../../src/lib/format';

describe('formatDate', () => {
	it('prints days and months in full, and marks approximate dates', () => {
		expect(formatDate('2023-05-21', 'day')).toBe('21 May 2023');
		expect(formatDate('2022-10', 'month')).toBe('October 2022');
		expect(formatDate('2023-03-31', 'day', true)).toBe('About 31 March 2023');
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
