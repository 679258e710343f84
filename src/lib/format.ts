/** Dates and numbers as the story and the charts print them. */
import { utcFormat } from 'd3-time-format';
import { periodStart, type DatePrecision } from './data/dates.ts';

const dayFormat = utcFormat('%-d %B %Y');
const monthFormat = utcFormat('%B %Y');
const shortDayFormat = utcFormat('%-d %b');
const shortMonthFormat = utcFormat('%b %Y');

/**
 * `2023-05-21` → "21 May 2023"; `2023-05` → "May 2023".
 * @param approximate prefix "About " for dates placed by context rather than stated
 */
export function formatDate(date: string, precision: DatePrecision, approximate = false): string {
	const text = (precision === 'day' ? dayFormat : monthFormat)(periodStart(date));
	return approximate ? `About ${text}` : text;
}

/** Short form for tight labels: "21 May", "Oct 2022". */
export function formatShortDate(date: string, precision: DatePrecision): string {
	return (precision === 'day' ? shortDayFormat : shortMonthFormat)(periodStart(date));
}

/** Signed percentage with one decimal: -4.4 → "−4.4%" (true minus sign). */
export function formatPercentChange(value: number): string {
	const sign = value < 0 ? '\u2212' : value > 0 ? '+' : '';
	return `${sign}${Math.abs(value).toFixed(1)}%`;
}

const SMALL_NUMBERS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten'
];

/** Whole numbers up to ten in words, larger ones with thousands separators: 5 → "five". */
export function formatCount(value: number): string {
	return Number.isInteger(value) && value >= 0 && value <= 10
		? (SMALL_NUMBERS[value] ?? String(value))
		: value.toLocaleString('en-GB');
}

/** Dollars in newsroom short form: 3.6e9 → "$3.6bn", 31e6 → "$31m". */
export function formatUsd(value: number): string {
	const trim = (n: number) => String(Math.round(n * 10) / 10);
	if (Math.abs(value) >= 1e9) return `$${trim(value / 1e9)}bn`;
	if (Math.abs(value) >= 1e6) return `$${trim(value / 1e6)}m`;
	return `$${value.toLocaleString('en-GB')}`;
}

interface FigureLike {
	value?: number;
	min?: number;
	max?: number;
	unit: 'percent' | 'usd' | 'months' | 'companies' | 'people';
	qualifier: 'exact' | 'more-than' | 'estimate' | 'planned';
}

/**
 * A figure as prose reads it, qualifier included: "more than 10%", "1% to 9%", "4.4%" (a fall
 * is worded by the sentence, so the size is given unsigned), "$3.6bn", "three months",
 * "more than 1,200" (counts leave the noun to the sentence).
 */
export function formatFigure(figure: FigureLike): string {
	const one = (n: number): string => {
		switch (figure.unit) {
			case 'percent':
				return `${Math.abs(n)}%`;
			case 'usd':
				return formatUsd(n);
			case 'months':
				return `${formatCount(n)} month${n === 1 ? '' : 's'}`;
			default:
				return formatCount(n);
		}
	};
	if (figure.value !== undefined) return one(figure.value);
	if (figure.min !== undefined && figure.max !== undefined) {
		return `${one(figure.min)} to ${one(figure.max)}`;
	}
	if (figure.min !== undefined) return `more than ${one(figure.min)}`;
	if (figure.max !== undefined) return `up to ${one(figure.max)}`;
	throw new Error('A figure needs a value, a min or a max');
}
