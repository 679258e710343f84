/**
 * The checks on the article records: each article file in data/sources/ has one record, whose
 * id, file name and headline match the file, whose outlet quote is in it, and whose publication
 * dates are real and plausible beside the other articles'.
 */
import { isRealDate, periodStart } from './dates.ts';
import type { Problem } from '../problems.ts';
import { isVerbatimIn, quoteProblem, sentencesOf } from './quotes.ts';
import { RECORD_TYPES, type Source } from './schema.ts';
import { middleArticleDate, publishedProblem } from './window.ts';

/** An article's text, and its sentences for the quote checks. */
export interface Article {
	text: string;
	sentences: string[];
}

const FILE = RECORD_TYPES.sources.file;
const MAX_QUOTE_SHOWN = 60;

/** A quote or a line as a problem shows it: cut at 60 characters. */
export function shown(quote: string): string {
	return quote.length > MAX_QUOTE_SHOWN ? `${quote.slice(0, MAX_QUOTE_SHOWN - 3)}...` : quote;
}

/**
 * Adds the problems with the source records to `problems`, and returns the articles by source
 * id. `rejected` holds the ids of source records already reported for schema problems.
 */
export function checkSources(
	sources: readonly Source[],
	texts: ReadonlyMap<string, string>,
	rejected: ReadonlySet<string> | undefined,
	problems: Problem[]
): Map<string, Article> {
	const at = (record: string, field: string, message: string) =>
		problems.push({ file: FILE, record, field, message });
	const articles = new Map<string, Article>();
	const middle = middleArticleDate(sources.map((source) => source.published));
	for (const source of sources) {
		const text = texts.get(source.file);
		if (source.file !== `${source.id}.txt`) {
			at(source.id, 'file', `must be "${source.id}.txt", the id plus .txt`);
		}
		if (text === undefined) {
			at(source.id, 'file', `no such article in data/sources/: "${source.file}"`);
			continue;
		}
		const article = { text, sentences: sentencesOf(text) };
		articles.set(source.id, article);
		const firstLine = text.split('\n', 1)[0]?.trim() ?? '';
		if (source.headline !== firstLine) {
			at(source.id, 'headline', `must be the article's first line: "${shown(firstLine)}"`);
		}
		if (source.outlet) {
			const { quote } = source.outlet;
			const why = isVerbatimIn(quote, text)
				? quoteProblem(quote, article.sentences)
				: 'not found verbatim in the article';
			if (why) at(source.id, 'outlet.quote', `${why}: "${shown(quote)}"`);
		}
		const { earliest, latest } = source.published;
		for (const [field, date] of [
			['published.earliest', earliest],
			['published.latest', latest]
		] as const) {
			if (date === null) continue;
			if (!isRealDate(date)) at(source.id, field, `"${date}" is not a real calendar date`);
			const far = middle && publishedProblem(date, middle);
			if (far) at(source.id, field, far);
		}
		if (latest !== null && periodStart(latest) < periodStart(earliest)) {
			at(source.id, 'published.latest', `is before published.earliest (${earliest})`);
		}
	}
	for (const file of texts.keys()) {
		// An article whose record was rejected for its own problems has a record.
		if (rejected?.has(file.replace(/\.txt$/, ''))) continue;
		if (!sources.some((source) => source.file === file)) {
			problems.push({
				file: FILE,
				message: `no record describes the article data/sources/${file}`
			});
		}
	}
	return articles;
}
