/**
 * The dates a record may plausibly carry, derived from the articles' own publication dates in
 * data/sources.yaml (nothing is hard-coded): an article is dated near the others, and an event
 * or a figure falls between a few years before the earliest article and the latest one's
 * publication. A typo such as 2203 for 2023, or 0023, fails the build instead of being drawn.
 */
import { isRealDate, isoDay, periodEnd, periodStart, shiftYears } from './dates.ts';

/** Articles on one story are published within this many years of the middle one. */
const ARTICLE_SPREAD_YEARS = 2;
/** How far before the earliest article a record may reach: the background the articles give. */
const BACKGROUND_YEARS = 5;

export interface Published {
	earliest: string;
	latest: string | null;
}

/** The middle of the articles' earliest publication dates (the lower one of an even count). */
export function middleArticleDate(published: readonly Published[]): Date | null {
	const starts = published
		.map((p) => p.earliest)
		.filter(isRealDate)
		.map((date) => periodStart(date))
		.sort((a, b) => +a - +b);
	return starts[Math.floor((starts.length - 1) / 2)] ?? null;
}

/** Why an article's publication date is implausible beside the others', or null. */
export function publishedProblem(date: string, middle: Date): string | null {
	if (!isRealDate(date)) return null;
	const from = shiftYears(middle, -ARTICLE_SPREAD_YEARS);
	const to = shiftYears(middle, ARTICLE_SPREAD_YEARS);
	if (periodEnd(date) > from && periodStart(date) < to) return null;
	return `"${date}" is more than ${ARTICLE_SPREAD_YEARS} years from the middle article's date (${isoDay(middle)}); articles on one story are published within ${ARTICLE_SPREAD_YEARS} years of one another`;
}

export interface DateWindow {
	from: Date;
	/** First instant after the window. */
	to: Date;
	/** The window as an editor reads it. */
	text: string;
}

/**
 * From BACKGROUND_YEARS before the earliest article to the latest article's publication (its
 * `latest` date where known, else its `earliest`). Articles dated implausibly (see
 * publishedProblem) are left out, so one typo cannot stretch the window.
 */
export function recordWindow(published: readonly Published[]): DateWindow | null {
	const middle = middleArticleDate(published);
	if (!middle) return null;
	const plausible = published.filter(
		(p) =>
			publishedProblem(p.earliest, middle) === null &&
			(p.latest === null || publishedProblem(p.latest, middle) === null)
	);
	const starts = plausible.map((p) => p.earliest).filter(isRealDate);
	const ends = plausible.map((p) => p.latest ?? p.earliest).filter(isRealDate);
	const first = starts.sort((a, b) => +periodStart(a) - +periodStart(b))[0];
	const last = ends.sort((a, b) => +periodEnd(b) - +periodEnd(a))[0];
	if (first === undefined || last === undefined) return null;
	const from = shiftYears(periodStart(first), -BACKGROUND_YEARS);
	return {
		from,
		to: periodEnd(last),
		text: `${isoDay(from)} to ${last} (from ${BACKGROUND_YEARS} years before the earliest article, ${first}, to the latest article's publication, by data/sources.yaml)`
	};
}

/** Why `date` falls outside the window, or null if any part of its period is inside. */
export function outsideWindow(date: string, window: DateWindow): string | null {
	if (!isRealDate(date)) return null;
	if (periodEnd(date) > window.from && periodStart(date) < window.to) return null;
	return `"${date}" is outside the dates the articles can report: ${window.text}`;
}
