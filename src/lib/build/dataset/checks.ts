/**
 * Cross-checks that no single record's schema can make: unique ids, citations that resolve to
 * verbatim words that identify one passage of a real article, real and plausible dates that
 * agree with their precision, references between records, country codes that exist in the map
 * geometry, the figures the charts need, and our own words in every text a reader sees (no run of
 * eight or more words of an article outside quotation marks). A check that depends on a file that did not parse,
 * or on a record already rejected, is skipped rather than reported as a knock-on problem.
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

	// Unique ids within each record type.
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

	const articles = readable('sources')
		? checkSources(data.sources, context.articles, gaps.rejected.sources, problems)
		: new Map<string, Article>();

	// Citations: known source, verbatim quote that identifies one passage of one sentence.
	const sourceIds = new Set(data.sources.map((source) => source.id));
	const checkCitations = (type: RecordType, record: string, citations: Citation[]) =>
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

	// Dates: real, and inside the window the articles' own dates allow.
	const window = readable('sources')
		? recordWindow(data.sources.map((source) => source.published))
		: null;
	const checkDate = (type: RecordType, record: string, field: string, date: string) => {
		if (!isRealDate(date)) at(type, record, field, `"${date}" is not a real calendar date`);
		const outside = window && outsideWindow(date, window);
		if (outside) at(type, record, field, outside);
	};

	// Events: precision that matches the written date, oldest first.
	let previous: { id: string; date: string } | undefined;
	for (const event of data.events) {
		checkCitations('events', event.id, event.sources);
		checkDate('events', event.id, 'date', event.date);
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

	// References resolve to a record that exists, even one rejected for its own problems; none
	// is checked against a file that did not parse.
	const ids = {
		events: new Set(data.events.map((e) => e.id)),
		figures: new Set(data.figures.map((f) => f.id)),
		countries: new Set(data.countries.map((c) => c.code))
	};
	const exists = (type: keyof typeof ids, id: string) => ids[type].has(id) || rejected(type, id);
	const missing = (type: keyof typeof ids, id: string) => readable(type) && !exists(type, id);

	for (const figure of data.figures) {
		checkCitations('figures', figure.id, figure.sources);
		checkDate('figures', figure.id, 'asOf', figure.asOf);
		if (figure.event !== undefined && missing('events', figure.event)) {
			at('figures', figure.id, 'event', `unknown event "${figure.event}"`);
		}
	}
	if (context.needs && readable('figures')) {
		problems.push(...checkNeeds(data.figures, context.needs, gaps.rejected.figures));
	}

	for (const country of data.countries) {
		checkCitations('countries', country.code, country.sources);
		if (context.mapCodes && !context.mapCodes.has(country.code)) {
			at(
				'countries',
				country.code,
				'code',
				`"${country.code}" is not a country in the map geometry`
			);
		}
		if (country.otherRoles?.includes(country.role)) {
			at('countries', country.code, 'otherRoles', `repeats the main role "${country.role}"`);
		}
		country.events.forEach((event, index) => {
			if (missing('events', event))
				at('countries', country.code, `events[${index}]`, `unknown event "${event}"`);
		});
	}

	const everyTargetReadable = (['events', 'figures', 'countries'] as const).every(readable);
	for (const conflict of data.conflicts) {
		checkCitations('conflicts', conflict.id, conflict.sources);
		conflict.affects.forEach((ref, index) => {
			const found = (['events', 'figures', 'countries'] as const).some((t) => exists(t, ref));
			if (!found && everyTargetReadable)
				at(
					'conflicts',
					conflict.id,
					`affects[${index}]`,
					`unknown event, figure or country "${ref}"`
				);
		});
	}

	// Our own words: the texts a reader sees (titles, summaries, notes, reasoning), not the
	// citations' quotes, and not an article's headline, which the sources list shows as its title.
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
	for (const f of data.figures) {
		ownWords('figures', f.id, [
			['label', f.label],
			['note', f.note]
		]);
	}
	for (const c of data.countries) {
		ownWords('countries', c.code, [
			['did', c.did],
			['note', c.note]
		]);
	}
	for (const c of data.conflicts) {
		ownWords('conflicts', c.id, [
			['claim', c.claim],
			['resolution', c.resolution],
			['reasoning', c.reasoning]
		]);
	}

	return problems;
}
