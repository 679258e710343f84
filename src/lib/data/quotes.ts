/**
 * Verbatim-quote matching. Quotes must appear in their article word for word; only whitespace,
 * typographic quotation marks, apostrophes and dashes are normalised, and "..." may join two
 * verbatim parts that appear in that order.
 */

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

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

/** Whether every part of `quote` occurs in `text`, in order, without overlapping. */
export function isVerbatimIn(quote: string, text: string): boolean {
	const haystack = normaliseText(text);
	const parts = quoteParts(quote);
	if (parts.length === 0) return false;
	let from = 0;
	for (const part of parts) {
		const at = haystack.indexOf(part, from);
		if (at < 0) return false;
		from = at + part.length;
	}
	return true;
}
