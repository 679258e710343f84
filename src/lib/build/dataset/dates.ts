/**
 * Partial ISO dates (YYYY-MM-DD or YYYY-MM) as the dataset stores them, and the periods they
 * stand for: a day-precision date is one day, a month-precision date the whole month.
 */

export type DatePrecision = 'day' | 'month';

/** The precision a date string is written with: `2023-05-21` is a day, `2023-05` a month. */
export function precisionOf(date: string): DatePrecision {
	return date.length === 10 ? 'day' : 'month';
}

/**
 * Midnight UTC on a day, for any year: `Date.UTC` reads years 0 to 99 as 1900 to 1999, so the
 * year is set on its own, and a written `0023` stays the year 23 wherever it is shown.
 * Months and days outside their range roll over, as with `Date.UTC`.
 */
function utcDay(year: number, monthIndex: number, day: number): Date {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date;
}

/** Whether `date` is a real calendar date (`2023-02-29` is not; `2024-02-29` is). */
export function isRealDate(date: string): boolean {
	const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
	if (!match) return false;
	const [, y, m, d] = match;
	const year = Number(y);
	const month = Number(m);
	if (month < 1 || month > 12) return false;
	if (d === undefined) return true;
	const day = Number(d);
	return day >= 1 && day <= utcDay(year, month, 0).getUTCDate();
}

/** First instant of the period, in UTC. */
export function periodStart(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return utcDay(y ?? 0, (m ?? 1) - 1, d ?? 1);
}

/** First instant after the period, in UTC: the next day, or the first of the next month. */
export function periodEnd(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return d === undefined ? utcDay(y ?? 0, m ?? 1, 1) : utcDay(y ?? 0, (m ?? 1) - 1, d + 1);
}

/** `date` moved by whole years (29 February rolls to 1 March), as an ISO day. */
export function shiftYears(date: Date, years: number): Date {
	return utcDay(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate());
}

/** The ISO day of an instant: `2023-05-21`. */
export function isoDay(date: Date): string {
	const year = String(date.getUTCFullYear()).padStart(4, '0');
	const month = String(date.getUTCMonth() + 1).padStart(2, '0');
	const day = String(date.getUTCDate()).padStart(2, '0');
	return `${year}-${month}-${day}`;
}
