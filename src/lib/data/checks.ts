/**
 * Cross-checks that no single record's schema can make: unique ids, citations that resolve to
 * verbatim words in a real article, real dates that agree with their precision, references
 * between records, and country codes that exist in the map geometry.
 */
import { isRealDate, periodStart, precisionOf } from './dates.ts';
import type { Problem } from './problems.ts';
import { isVerbatimIn } from './quotes.ts';
import { RECORD_TYPES, type Citation, type Dataset, type RecordType } from './schema.ts';

/** What the checks compare the records against. */
export interface CheckContext {
	/** Article texts by file name (`000_88451f5ea22fdf18.txt`). */
	articles: ReadonlyMap<string, string>;
	/** ISO alpha-3 codes present in the map geometry. */
	mapCodes: ReadonlySet<string>;
}

const MAX_QUOTE_SHOWN = 60;

function shown(quote: string): string {
	return quote.length > MAX_QUOTE_SHOWN ? `${quote.slice(0, MAX_QUOTE_SHOWN - 3)}...` : quote;
}

export function checkDataset(data: Dataset, context: CheckContext): Problem[] {
	const problems: Problem[] = [];
	const at = (type: RecordType, record: string, field: string, message: string) =>
		problems.push({ file: RECORD_TYPES[type].file, record, field, message });

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

	// Sources: each article file has one record, whose id, file and headline match it.
	const textById = new Map<string, string>();
	for (const source of data.sources) {
		const text = context.articles.get(source.file);
		if (source.file !== `${source.id}.txt`) {
			at('sources', source.id, 'file', `must be "${source.id}.txt", the id plus .txt`);
		}
		if (text === undefined) {
			at('sources', source.id, 'file', `no such article in data/sources/: "${source.file}"`);
			continue;
		}
		textById.set(source.id, text);
		const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
		if (source.headline !== firstLine) {
			at(
				'sources',
				source.id,
				'headline',
				`must be the article's first line: "${shown(firstLine)}"`
			);
		}
		if (source.outlet && !isVerbatimIn(source.outlet.quote, text)) {
			at(
				'sources',
				source.id,
				'outlet.quote',
				`not found verbatim in the article: "${shown(source.outlet.quote)}"`
			);
		}
		const { earliest, latest } = source.published;
		for (const [field, date] of [
			['published.earliest', earliest],
			['published.latest', latest]
		] as const) {
			if (date !== null && !isRealDate(date))
				at('sources', source.id, field, `"${date}" is not a real calendar date`);
		}
		if (latest !== null && periodStart(latest) < periodStart(earliest)) {
			at('sources', source.id, 'published.latest', `is before published.earliest (${earliest})`);
		}
	}
	for (const file of context.articles.keys()) {
		if (!data.sources.some((source) => source.file === file)) {
			problems.push({
				file: 'data/sources.yaml',
				message: `no record describes the article data/sources/${file}`
			});
		}
	}

	// Citations: known source, verbatim quote.
	const checkCitations = (
		type: RecordType,
		record: string,
		citations: Citation[],
		field = 'sources'
	) =>
		citations.forEach(({ source, quote }, index) => {
			const text = textById.get(source);
			if (text === undefined) {
				at(type, record, `${field}[${index}].source`, `unknown source "${source}"`);
			} else if (!isVerbatimIn(quote, text)) {
				at(
					type,
					record,
					`${field}[${index}].quote`,
					`not found verbatim in ${source}: "${shown(quote)}"`
				);
			}
		});

	const eventIds = new Set(data.events.map((event) => event.id));
	const checkDate = (type: RecordType, record: string, field: string, date: string) => {
		if (!isRealDate(date)) at(type, record, field, `"${date}" is not a real calendar date`);
	};

	// Events: real dates, precision that matches the written date, oldest first.
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

	for (const figure of data.figures) {
		checkCitations('figures', figure.id, figure.sources);
		checkDate('figures', figure.id, 'asOf', figure.asOf);
		if (figure.event !== undefined && !eventIds.has(figure.event)) {
			at('figures', figure.id, 'event', `unknown event "${figure.event}"`);
		}
	}

	for (const country of data.countries) {
		checkCitations('countries', country.code, country.sources);
		if (!context.mapCodes.has(country.code)) {
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
			if (!eventIds.has(event))
				at('countries', country.code, `events[${index}]`, `unknown event "${event}"`);
		});
	}

	const known = new Set([
		...eventIds,
		...data.figures.map((f) => f.id),
		...data.countries.map((c) => c.code)
	]);
	for (const conflict of data.conflicts) {
		checkCitations('conflicts', conflict.id, conflict.sources);
		conflict.affects.forEach((ref, index) => {
			if (!known.has(ref))
				at(
					'conflicts',
					conflict.id,
					`affects[${index}]`,
					`unknown event, figure or country "${ref}"`
				);
		});
	}

	return problems;
}
