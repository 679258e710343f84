/** Dates and numbers as the story and the charts print them. */
import { utcFormat } from 'd3-time-format';
import { periodStart, type DatePrecision } from './build/dataset/dates.ts';
import type { FigureKind, FigureUnit } from './build/dataset/vocabulary.ts';

const dayFormat = utcFormat('%-d %B %Y');
const monthFormat = utcFormat('%B %Y');
const shortDayFormat = utcFormat('%-d %b');
const shortMonthFormat = utcFormat('%b %Y');

/** `2023-05-21` → "21 May 2023"; `2023-05` → "May 2023". */
export function formatDate(date: string, precision: DatePrecision): string {
	return (precision === 'day' ? dayFormat : monthFormat)(periodStart(date));
}

/**
 * A date as the story prints it, in the frame's words where it is approximate (placed by
 * context, not stated): "About 21 May 2023".
 */
export function datedAs(
	date: string,
	precision: DatePrecision,
	approximate: string | null
): string {
	const text = formatDate(date, precision);
	return approximate === null ? text : approximate.replace('{date}', text);
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

/** Dollars in newsroom short form: 3.6e9 → "$3.6bn", 31e6 → "$31m", -2e6 → "−$2m". */
export function formatUsd(value: number): string {
	const trim = (n: number) => String(Math.round(n * 10) / 10);
	const sign = value < 0 ? '\u2212' : '';
	const size = Math.abs(value);
	if (size >= 1e9) return `${sign}$${trim(size / 1e9)}bn`;
	if (size >= 1e6) return `${sign}$${trim(size / 1e6)}m`;
	return `${sign}$${size.toLocaleString('en-GB')}`;
}

interface FigureLike {
	value?: number;
	min?: number;
	max?: number;
	unit: FigureUnit;
	kind: FigureKind;
	qualifier: 'exact' | 'more-than' | 'estimate' | 'planned';
}

/**
 * A figure as prose reads it, qualifier included: "more than 10%", "1% to 9%", "$3.6bn",
 * "three months", "more than 1,200" (counts leave the noun to the sentence). A change is given
 * by its size, "4.4%", because the sentence says which way it went ("fell", "rose"); every other
 * kind keeps its sign, so a negative number is never shown as a positive one.
 */
export function formatFigure(figure: FigureLike): string {
	const one = (n: number): string => {
		const size = figure.kind === 'change' ? Math.abs(n) : n;
		switch (figure.unit) {
			case 'percent':
				return `${size < 0 ? '\u2212' : ''}${Math.abs(size)}%`;
			case 'usd':
				return formatUsd(size);
			case 'months':
				return `${formatCount(size)} month${size === 1 ? '' : 's'}`;
			default:
				return formatCount(size);
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
