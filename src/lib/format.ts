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
