/**
 * Cross-checks no single record's schema can make: unique ids, verbatim citations, real and
 * plausible dates, references between records, country codes on the map, the figures the charts
 * need, our own words in every text a reader sees. A check that depends on a file that did not
 * parse, or on a record already rejected, is skipped rather than reported as a knock-on problem.
 */
import { checkSources, shown, type Article } from './check-sources.ts';
import { isRealDate, periodStart, precisionOf } from './dates.ts';
import { checkNeeds, type FigureNeed } from './needs.ts';
import { copiedRunMessage, copiedRuns } from '../copy/own-words.ts';
import type { Problem } from '../problems.ts';
import { isVerbatimIn, quoteProblem } from './quotes.ts';
import { RECORD_TYPES, type Citation, type Dataset, type RecordType } from './schema.ts';
import { outsideWindow, recordWindow } from './window.ts';

/** What the checks compare the records against. */
export interface CheckContext {
	/** Article texts by file name (`000_88451f5ea22fdf18.txt`). */
	articles: ReadonlyMap<string, string>;
	/** ISO alpha-3 codes present in the map geometry. */
	mapCodes?: ReadonlySet<string>;
	/** Figures the charts draw; checked when given (the real dataset, not test fixtures). */
	needs?: readonly FigureNeed[];
}

/** What parsing could not deliver; the checks that depend on it are skipped. */
export interface ParseGaps {
	/** Files that did not parse: none of their records are known. */
	unreadable: ReadonlySet<RecordType>;
	/** Ids of records left out for schema problems: they exist, but are not checked further. */
	rejected: Readonly<Partial<Record<RecordType, ReadonlySet<string>>>>;
}

const NO_GAPS: ParseGaps = { unreadable: new Set(), rejected: {} };

/** What every check shares: the records, what parsing could not deliver, and the problem list. */
interface Checking {
	data: Dataset;
	context: CheckContext;
	/** Records a problem at a record's field. */
	at(type: RecordType, record: string, field: string, message: string): void;
	readable(type: RecordType): boolean;
	rejected(type: RecordType, id: string): boolean;
	/** Whether a reference to a record of `type` resolves (to a record, even a rejected one). */
	exists(type: 'events' | 'figures' | 'countries', id: string): boolean;
	citations(type: RecordType, record: string, citations: Citation[]): void;
	date(type: RecordType, record: string, field: string, date: string): void;
}

export function checkDataset(
	data: Dataset,
	context: CheckContext,
	gaps: ParseGaps = NO_GAPS
): Problem[] {
	const problems: Problem[] = [];
	const at = (type: RecordType, record: string, field: string, message: string) =>
		problems.push({ file: RECORD_TYPES[type].file, record, field, message });
	const readable = (type: RecordType) => !gaps.unreadable.has(type);
	const rejected = (type: RecordType, id: string) => gaps.rejected[type]?.has(id) ?? false;
	uniqueIds(data, at);
	const articles = readable('sources')
		? checkSources(data.sources, context.articles, gaps.rejected.sources, problems)
		: new Map<string, Article>();
	const ids = {
		events: new Set(data.events.map((e) => e.id)),
		figures: new Set(data.figures.map((f) => f.id)),
		countries: new Set(data.countries.map((c) => c.code))
	};
	const checking: Checking = {
		data,
		context,
		at,
		readable,
		rejected,
		exists: (type, id) => ids[type].has(id) || rejected(type, id),
		citations: citationChecker(data, articles, { at, readable, rejected }),
		date: dateChecker(data, readable('sources'), at)
	};
	checkEvents(checking);
	checkFigures(checking);
	if (context.needs && readable('figures')) {
		problems.push(...checkNeeds(data.figures, context.needs, gaps.rejected.figures));
	}
	checkCountries(checking);
	checkConflicts(checking);
	checkOwnWords(checking);
	return problems;
}

/** Unique ids within each record type. */
function uniqueIds(data: Dataset, at: Checking['at']): void {
	for (const type of Object.keys(RECORD_TYPES) as RecordType[]) {
		const key = RECORD_TYPES[type].key;
		const seen = new Map<string, number>();
		data[type].forEach((record, index) => {
			const value = (record as unknown as Record<string, string>)[key] ?? '';
			const first = seen.get(value);
			if (first === undefined) seen.set(value, index);
			else at(type, value, key, `duplicate ${key} "${value}" (also record #${first + 1})`);
		});
	}
}

/** Citations: a known source, and a verbatim quote that identifies one passage of one sentence. */
function citationChecker(
	data: Dataset,
	articles: ReadonlyMap<string, Article>,
	{ at, readable, rejected }: Pick<Checking, 'at' | 'readable' | 'rejected'>
): Checking['citations'] {
	const sourceIds = new Set(data.sources.map((source) => source.id));
	return (type, record, citations) =>
		citations.forEach(({ source, quote }, index) => {
			if (!readable('sources') || rejected('sources', source)) return;
			const article = articles.get(source);
			if (article === undefined) {
				// A source whose article file is missing is reported once, on its own record.
				if (!sourceIds.has(source))
					at(type, record, `sources[${index}].source`, `unknown source "${source}"`);
				return;
			}
			const why = isVerbatimIn(quote, article.text)
				? quoteProblem(quote, article.sentences)
				: `not found verbatim in ${source}`;
			if (why) at(type, record, `sources[${index}].quote`, `${why}: "${shown(quote)}"`);
		});
}

/** Dates: real, and inside the window the articles' own dates allow (when the sources parse). */
function dateChecker(data: Dataset, sourcesReadable: boolean, at: Checking['at']): Checking['date'] {
	const window = sourcesReadable
		? recordWindow(data.sources.map((source) => source.published))
		: null;
	return (type, record, field, date) => {
		if (!isRealDate(date)) at(type, record, field, `"${date}" is not a real calendar date`);
		const outside = window && outsideWindow(date, window);
		if (outside) at(type, record, field, outside);
	};
}

/** Events: cited and dated, a precision that matches the written date, oldest first. */
function checkEvents({ data, at, citations, date }: Checking): void {
	let previous: { id: string; date: string } | undefined;
	for (const event of data.events) {
		citations('events', event.id, event.sources);
		date('events', event.id, 'date', event.date);
		if (precisionOf(event.date) !== event.datePrecision) {
			at(
				'events',
				event.id,
				'datePrecision',
				`is "${event.datePrecision}" but date "${event.date}" is written to the ${precisionOf(event.date)}`
			);
		}
		if (previous && isRealDate(event.date) && isRealDate(previous.date)) {
			if (periodStart(event.date) < periodStart(previous.date)) {
				at(
					'events',
					event.id,
					'date',
					`${event.date} is out of order: events run oldest first, and "${previous.id}" (${previous.date}) comes before it`
				);
			}
		}
		previous = event;
	}
}

/**
 * References resolve to a record that exists, even one rejected for its own problems; none is
 * checked against a file that did not parse.
 */
const missing = ({ readable, exists }: Checking, type: 'events' | 'figures' | 'countries', id: string) =>
	readable(type) && !exists(type, id);

function checkFigures(checking: Checking): void {
	const { data, at, citations, date } = checking;
	for (const figure of data.figures) {
		citations('figures', figure.id, figure.sources);
		date('figures', figure.id, 'asOf', figure.asOf);
		if (figure.event !== undefined && missing(checking, 'events', figure.event)) {
			at('figures', figure.id, 'event', `unknown event "${figure.event}"`);
		}
	}
}

function checkCountries(checking: Checking): void {
	const { data, context, at, citations } = checking;
	for (const country of data.countries) {
		citations('countries', country.code, country.sources);
		if (context.mapCodes && !context.mapCodes.has(country.code)) {
			at('countries', country.code, 'code', `"${country.code}" is not a country in the map geometry`);
		}
		if (country.otherRoles?.includes(country.role)) {
			at('countries', country.code, 'otherRoles', `repeats the main role "${country.role}"`);
		}
		country.events.forEach((event, index) => {
			if (missing(checking, 'events', event))
				at('countries', country.code, `events[${index}]`, `unknown event "${event}"`);
		});
	}
}

function checkConflicts({ data, at, citations, readable, exists }: Checking): void {
	const targets = ['events', 'figures', 'countries'] as const;
	const everyTargetReadable = targets.every(readable);
	for (const conflict of data.conflicts) {
		citations('conflicts', conflict.id, conflict.sources);
		conflict.affects.forEach((ref, index) => {
			if (!targets.some((t) => exists(t, ref)) && everyTargetReadable)
				at('conflicts', conflict.id, `affects[${index}]`, `unknown event, figure or country "${ref}"`);
		});
	}
}

/**
 * Our own words: the texts a reader sees (titles, summaries, notes, reasoning), not the
 * citations' quotes, and not an article's headline, which the sources list shows as its title.
 */
function checkOwnWords({ data, context, at }: Checking): void {
	const ownWords = (type: RecordType, record: string, fields: [string, string | undefined][]) => {
		for (const [field, text] of fields) {
			for (const run of text ? copiedRuns(text, context.articles) : []) {
				at(type, record, field, copiedRunMessage(run));
			}
		}
	};
	for (const s of data.sources) {
		ownWords('sources', s.id, [
			['outletNote', s.outletNote],
			['published.basis', s.published.basis],
			['contributes', s.contributes]
		]);
	}
	for (const e of data.events) {
		ownWords('events', e.id, [
			['title', e.title],
			['summary', e.summary],
			['dateBasis.note', e.dateBasis.note]
		]);
	}
	for (const f of data.figures) ownWords('figures', f.id, [['label', f.label], ['note', f.note]]);
	for (const c of data.countries) ownWords('countries', c.code, [['did', c.did], ['note', c.note]]);
	for (const c of data.conflicts) {
		ownWords('conflicts', c.id, [
			['claim', c.claim],
			['resolution', c.resolution],
			['reasoning', c.reasoning]
		]);
	}
}
