/**
 * Partial ISO dates (YYYY-MM-DD or YYYY-MM) as the dataset stores them, and the periods they
 * stand for: a day-precision date is one day, a month-precision date the whole month.
 */

export type DatePrecision = 'day' | 'month';

/** The precision a date string is written with: `2023-05-21` is a day, `2023-05` a month. */
export function precisionOf(date: string): DatePrecision {
	return date.length === 10 ? 'day' : 'month';
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
	return day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First instant of the period, in UTC. */
export function periodStart(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
}

/** First instant after the period, in UTC: the next day, or the first of the next month. */
export function periodEnd(date: string): Date {
	const [y, m, d] = date.split('-').map(Number);
	return d === undefined
		? new Date(Date.UTC(y ?? 0, m ?? 1, 1))
		: new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d + 1));
}
