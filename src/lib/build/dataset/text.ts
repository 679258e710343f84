/**
 * What any text a reader sees must be, in the dataset and in the story copy alike: visible, and
 * free of characters that change what a reader sees without showing themselves.
 */

/**
 * Bidirectional controls (U+202A-U+202E, U+2066-U+2069, U+200E/F, U+061C) reorder the text
 * around them on screen, so the words shown differ from the words stored ("Trojan Source").
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Zero-width spaces, word joiners and stray byte-order marks: invisible, and they break search. */
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/u;
/** Control characters other than tab, line feed and carriage return. */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;
/** A character that shows: not whitespace, not an invisible format character, not a lone mark. */
const VISIBLE = /[^\s\p{Cf}\p{M}]/u;

const codePoint = (char: string) =>
	`U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character in `value` that a reader cannot see, and what it is; or null. */
export function hiddenCharacter(
	value: string
): { char: string; index: number; what: string } | null {
	for (const [pattern, what] of [
		[BIDI_CONTROL, 'a bidirectional control character'],
		[ZERO_WIDTH, 'a zero-width character'],
		[CONTROL, 'a control character']
	] as const) {
		const found = pattern.exec(value);
		if (found) return { char: found[0], index: found.index, what };
	}
	return null;
}

/** Why `value` cannot be shown to a reader, or null if it can. */
export function unreadable(value: string): string | null {
	const hidden = hiddenCharacter(value);
	if (hidden) {
		return `contains ${hidden.what} (${codePoint(hidden.char)}) at character ${hidden.index + 1}, which a reader cannot see: delete it`;
	}
	if (!VISIBLE.test(value)) return 'has no visible text';
	return null;
}

/** Why `value` breaks the rules for a field of at most `max` characters, or null. */
export function textProblem(value: string, max: number): string | null {
	if (value.length > max) {
		return `is ${value.length.toLocaleString('en-GB')} characters long; the limit is ${max}`;
	}
	return unreadable(value);
}
