/**
 * Verbatim-quote matching. Quotes must appear in their article word for word; only whitespace,
 * typographic quotation marks, apostrophes and dashes are normalised, and "..." may join two
 * verbatim parts that appear in that order. A quote must also identify the passage it rests on:
 * a few words at least, within one sentence, and not a phrase found in several sentences.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** The fewest words a quote may have: fewer cannot identify a passage ("the", "said"). */
const MIN_QUOTE_WORDS = 3;

/** Normalises the characters that differ between typesetting conventions, and whitespace. */
export function normaliseText(text: string): string {
	return text
		.replace(SINGLE_QUOTES, "'")
		.replace(DOUBLE_QUOTES, '"')
		.replace(DASHES, '-')
		.replace(/\u2026/g, '...')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The verbatim parts of a quote: the pieces between "..." joins. */
export function quoteParts(quote: string): string[] {
	return normaliseText(quote)
		.split(/\s*\.\.\.\s*/)
		.filter((part) => part.length > 0);
}

/** Whether every part occurs in the normalised `haystack`, in order, without overlapping. */
function partsIn(parts: readonly string[], haystack: string): boolean {
	if (parts.length === 0) return false;
	let from = 0;
	for (const part of parts) {
		const at = haystack.indexOf(part, from);
		if (at < 0) return false;
		from = at + part.length;
	}
	return true;
}

/** Whether every part of `quote` occurs in `text`, in order, without overlapping. */
export function isVerbatimIn(quote: string, text: string): boolean {
	return partsIn(quoteParts(quote), normaliseText(text));
}

/** Words that end in a full stop without ending a sentence ("Ms. Mao", "Gen. Motors"). */
const ABBREVIATIONS = new Set(
	'Mr Mrs Ms Dr Prof St Jr Sr Gen Gov Sen Rep Rev Hon Col Lt Capt Sgt Inc Co Corp Ltd Bros No Nos Mt Ft Ave Dept Univ Fig Vol approx etc vs Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
		' '
	)
);

/** A full stop, "!" or "?", closing quotes or brackets, space, then a capitalised word. */
const SENTENCE_END = /([.!?])(["')\]]*)\s+["'([]*\p{Lu}/gu;

/**
 * Where sentences end inside normalised `text`: the index just after each sentence-ending
 * mark (and any closing quotes) that a capitalised word follows. A full stop after an abbreviation ("Ms.") or an
 * initialism ("U.S.", "J.") ends no sentence.
 */
export function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	for (const match of text.matchAll(SENTENCE_END)) {
		const at = match.index;
		if (match[1] === '.') {
			const word = /[^\s"'([]*$/.exec(text.slice(0, at))?.[0] ?? '';
			if (ABBREVIATIONS.has(word) || /^(?:\p{L}\.)*\p{L}$/u.test(word)) continue;
		}
		ends.push(at + 1 + (match[2]?.length ?? 0));
	}
	return ends;
}

/** The normalised sentences of an article: each line split where a sentence ends. */
export function sentencesOf(text: string): string[] {
	return text.split(/\n/).flatMap((line) => {
		const normal = normaliseText(line);
		const cuts = [0, ...sentenceEnds(normal), normal.length];
		return cuts
			.slice(1)
			.map((end, index) => normal.slice(cuts[index], end).trim())
			.filter(Boolean);
	});
}

const words = (text: string) => text.split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));

/**
 * Why `quote` does not identify one passage of the article whose sentences are given, or null.
 * Call it for quotes already found verbatim in that article.
 */
export function quoteProblem(quote: string, sentences: readonly string[]): string | null {
	const parts = quoteParts(quote);
	const count = parts.reduce((sum, part) => sum + words(part).length, 0);
	if (count < MIN_QUOTE_WORDS) {
		return `has ${count} word${count === 1 ? '' : 's'}; quote at least ${MIN_QUOTE_WORDS}, enough to identify the passage`;
	}
	for (const part of parts) {
		const [end] = sentenceEnds(part);
		if (end !== undefined) {
			const around = `${part.slice(Math.max(0, end - 20), end).trim()} ${part.slice(end).trim().split(' ')[0] ?? ''}`;
			return `must be one sentence or less, but a sentence ends inside it ("...${around}..."); quote one sentence, or join two parts with "..."`;
		}
	}
	const holding = new Set(sentences.filter((sentence) => partsIn(parts, sentence)));
	if (holding.size === 0) {
		return 'must be one sentence or less, but it runs across two sentences or paragraphs of the article';
	}
	if (holding.size > 1) {
		return `occurs in ${holding.size} different sentences of the article, so it does not identify one; quote more of the sentence`;
	}
	return null;
}
