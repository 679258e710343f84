/**
 * Our own words: no run of eight or more consecutive words of an article may appear in what a
 * reader sees unless it stands inside typographic quotation marks (“…” or ‘…’), where it is a
 * quotation and must be verbatim. Words are compared case- and punctuation-insensitively
 * ("chip-making" is two words, "China’s" one); a quotation mark breaks a run, so words on either
 * side of a quotation are never joined into one. Pure, no dependencies.
 */

/** The fewest consecutive words of an article that count as copied. */
export const MIN_COPIED_WORDS = 8;

/** A run of an article's words found outside quotation marks. */
export interface CopiedRun {
	/** The run as the checked text writes it. */
	run: string;
	/** How many words it has. */
	words: number;
	/** The id of the first article it is found in. */
	article: string;
	/** Where it starts in the checked text (a character offset). */
	index: number;
}

interface Token {
	word: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

function tokens(text: string): Token[] {
	return [...text.matchAll(WORD)].map((m) => ({
		word: m[0].toLowerCase().replace(/’/g, "'"),
		start: m.index,
		end: m.index + m[0].length
	}));
}

/**
 * The character ranges of `text` inside typographic quotation marks: “…”, and ‘…’ where the
 * closing ’ is not an apostrophe (not followed by a letter). An unclosed mark quotes nothing.
 */
export function quotedRanges(text: string): [start: number, end: number][] {
	const ranges: [number, number][] = [];
	const pattern = /“[^“”]*”|‘(?:[^‘’]|’(?=\p{L}))*’(?!\p{L})/gu;
	for (const m of text.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
	return ranges;
}

/** An article's word sequences of `size`, for lookup. */
function grams(words: readonly string[], size: number): Set<string> {
	const found = new Set<string>();
	for (let i = 0; i + size <= words.length; i += 1) found.add(words.slice(i, i + size).join(' '));
	return found;
}

export type Articles = ReadonlyMap<string, string> | Readonly<Record<string, string>>;

const indexes = new WeakMap<object, { id: string; grams: Set<string> }[]>();

function indexOf(articles: Articles, size: number): { id: string; grams: Set<string> }[] {
	const cached = size === MIN_COPIED_WORDS ? indexes.get(articles) : undefined;
	if (cached) return cached;
	const entries = articles instanceof Map ? [...articles] : Object.entries(articles);
	const index = entries.map(([id, text]) => ({
		id: String(id),
		grams: grams(
			tokens(String(text)).map((t) => t.word),
			size
		)
	}));
	if (size === MIN_COPIED_WORDS) indexes.set(articles, index);
	return index;
}

/**
 * Every run of `minWords` or more consecutive words that `text` shares with one of `articles`
 * (by id) outside typographic quotation marks, longest stretch first found, in text order.
 * Passages equal to one of `exempt` (an article's own headline, listed as such) are skipped.
 */
export function copiedRuns(
	text: string,
	articles: Articles,
	options: { minWords?: number; exempt?: readonly string[] } = {}
): CopiedRun[] {
	const size = options.minWords ?? MIN_COPIED_WORDS;
	const index = indexOf(articles, size);
	const skipped = quotedRanges(text);
	for (const passage of options.exempt ?? []) {
		let from = passage ? text.indexOf(passage) : -1;
		while (from >= 0) {
			skipped.push([from, from + passage.length]);
			from = text.indexOf(passage, from + passage.length);
		}
	}
	const inside = (t: Token) => skipped.some(([start, end]) => t.start >= start && t.end <= end);
	// Stretches of unquoted words: a quotation (or an exempt passage) ends one.
	const stretches: Token[][] = [[]];
	for (const token of tokens(text)) {
		if (inside(token)) {
			if (stretches.at(-1)?.length) stretches.push([]);
		} else stretches.at(-1)?.push(token);
	}
	const runs: CopiedRun[] = [];
	for (const stretch of stretches) {
		const words = stretch.map((t) => t.word);
		let i = 0;
		while (i + size <= words.length) {
			const gram = words.slice(i, i + size).join(' ');
			const article = index.find((a) => a.grams.has(gram));
			if (!article) {
				i += 1;
				continue;
			}
			// Extend while the next window is in the same article.
			let last = i + size - 1;
			while (
				last + 1 < words.length &&
				article.grams.has(words.slice(last + 2 - size, last + 2).join(' '))
			) {
				last += 1;
			}
			const first = stretch[i] as Token;
			const end = stretch[last] as Token;
			runs.push({
				run: text.slice(first.start, end.end),
				words: last - i + 1,
				article: article.id,
				index: first.start
			});
			i = last + 1;
		}
	}
	return runs;
}

/** A copied run as a problem message says it. */
export function copiedRunMessage(run: CopiedRun): string {
	const article = run.article.replace(/\.txt$/, '').split('_')[0];
	return `copies ${run.words} consecutive words of article ${article} outside quotation marks: "${run.run}"; say it in our own words, or quote it verbatim in “…”`;
}
