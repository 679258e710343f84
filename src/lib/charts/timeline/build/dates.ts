/** The timeline's dates as its labels print them: short, and naming a year or month once. */
import type { FrameWords } from '../../../build/copy/frame.ts';
import type { TimelineEvent } from '../../../build/dataset/schema.ts';
import { fill } from '../../../frame.ts';
import { formatDate, formatShortDate } from '../../../format.ts';
import { DAY } from './geometry.ts';
import { dateKindOf } from './plan.ts';

/** A label's date: "21 May", "Oct 2022", or "About 21 May" where the articles give none. */
export function shortDateOf(event: TimelineEvent, frame: FrameWords): string {
	const date = formatShortDate(event.date, event.datePrecision);
	return dateKindOf(event) === 'approximate' ? fill(frame.dates.about, { date }) : date;
}

/**
 * A tick's label, naming the year or month only where it changes from the tick before:
 * "Oct 2022", "Mar 2023", "Apr"; "19 May", "20", "21".
 */
export function tickLabel(date: string, before: string | undefined, precision: 'day' | 'month') {
	if (precision === 'month') {
		const label = formatShortDate(date.slice(0, 7), 'month');
		return before?.slice(0, 4) === date.slice(0, 4) ? (label.split(' ')[0] ?? label) : label;
	}
	const label = formatShortDate(date, 'day');
	return before?.slice(0, 7) === date.slice(0, 7) ? (label.split(' ')[0] ?? label) : label;
}

/** "November 2022–February 2023": the months a break leaves out, [from, to) in ms. */
export function formatGap(from: number, to: number): string {
	const last = new Date(to - DAY).toISOString().slice(0, 7);
	const start = new Date(from).toISOString().slice(0, 7);
	return `${formatDate(start, 'month')}–${formatDate(last, 'month')}`;
}

/** "31 Mar–3 Apr", "20–23 May": the days of a group, first and last. */
export function formatSpan(from: string, to: string): string {
	const a = formatShortDate(from, 'day');
	const b = formatShortDate(to, 'day');
	return from.slice(0, 7) === to.slice(0, 7) ? `${a.split(' ')[0]}–${b}` : `${a}–${b}`;
}
