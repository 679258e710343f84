/**
 * ArchieML with line numbers. ArchieML drops text that is outside any value and reads `word:` at
 * a line start as a key, both silently, and its output says nothing of where a value came from.
 * So each content line is tagged with its number before parsing, and the tags are read back out
 * of the values: every value knows its lines, and a line whose tag reached no value was dropped.
 * Build-time only.
 */
import archieml from 'archieml';

/** ArchieML's own patterns (archieml 0.5), so a line is classified exactly as it reads it. */
const WHITESPACE =
	'\\u0000\\u0009\\u000A\\u000B\\u000C\\u000D\\u0020\\u00A0\\u2000-\\u200B\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF';
const NOT_IN_KEYS = `${WHITESPACE}\\u005B\\u005C\\u005D\\u007B\\u007D\\u003A`;
const START_KEY = new RegExp(`^\\s*([^${NOT_IN_KEYS}]+)[ \\t\\r]*:`);
const COMMAND = /^\s*:[ \t\r]*(endskip|ignore|skip|end)/i;
const SCOPE = new RegExp(
	`^\\s*(\\[|\\{)[ \\t\\r]*([+.]*)[ \\t\\r]*([^${NOT_IN_KEYS}]*)[ \\t\\r]*(?:\\]|\\})`
);

/** A line number, in private-use characters that no copy contains. */
const tag = (line: number) => ` \uE000${line}\uE001`;
const TAG = /[ \t]*\uE000(\d+)\uE001/g;

export type Path = readonly (string | number)[];

interface Value {
	path: Path;
	/** Each line's part of the value, in order. */
	parts: { line: number; text: string }[];
}

export interface TaggedCopy {
	/** What ArchieML reads, with every string trimmed. */
	data: unknown;
	/** Lines whose words reached no value: ArchieML dropped them. */
	dropped: number[];
	/** The key a line starts with, as written (`U.S.` where ArchieML nests `U` and `S`). */
	keyOn(line: number): string | undefined;
	/** First line of the value at `path`, or of the first value inside it. */
	lineOf(path: Path): number | undefined;
	/** The line of the value at `path` that holds `needle`, else its first line. */
	lineIn(path: Path, needle: string): number | undefined;
}

const startsWith = (path: Path, prefix: Path) => prefix.every((part, i) => path[i] === part);

export function loadTagged(text: string): TaggedCopy {
	const lines = text.replace(/\r\n?/g, '\n').split('\n');
	const tagged = new Set<number>();
	let skipping = false;
	let ignoring = false;
	const source = lines.map((line, index) => {
		const command = COMMAND.exec(line)?.[1]?.toLowerCase();
		if (command === 'ignore') ignoring = true;
		if (command === 'skip') skipping = true;
		if (command === 'endskip') skipping = false;
		if (ignoring || skipping || command || !line.trim() || SCOPE.test(line)) return line;
		tagged.add(index + 1);
		return `${line}${tag(index + 1)}`;
	});

	const values: Value[] = [];
	const seen = new Set<number>();
	const clean = (node: unknown, path: Path): unknown => {
		if (typeof node === 'string') {
			const parts: Value['parts'] = [];
			let from = 0;
			for (const match of node.matchAll(TAG)) {
				const line = Number(match[1]);
				seen.add(line);
				parts.push({ line, text: node.slice(from, match.index) });
				from = match.index + match[0].length;
			}
			values.push({ path, parts });
			return node.replace(TAG, '').trim();
		}
		if (Array.isArray(node)) return node.map((item, i) => clean(item, [...path, i]));
		if (node && typeof node === 'object') {
			return Object.fromEntries(
				Object.entries(node).map(([key, value]) => [key, clean(value, [...path, key])])
			);
		}
		return node;
	};
	const data = clean(archieml.load(source.join('\n')), []);

	const lineOf = (path: Path) => {
		const inside = values
			.filter((value) => startsWith(value.path, path))
			.flatMap((value) => value.parts.map((part) => part.line));
		return inside.length > 0 ? Math.min(...inside) : undefined;
	};
	return {
		data,
		dropped: [...tagged].filter((line) => !seen.has(line)),
		keyOn: (line) => START_KEY.exec(lines[line - 1] ?? '')?.[1],
		lineOf,
		lineIn(path, needle) {
			const value = values.find((v) => v.path.length === path.length && startsWith(v.path, path));
			return value?.parts.find((part) => part.text.includes(needle))?.line ?? lineOf(path);
		}
	};
}

/**
 * A problem for each line ArchieML dropped from a file of named fields: a field written twice
 * (the later replaces the earlier), or words in no field.
 */
export function droppedLines(copy: TaggedCopy, file: string) {
	return copy.dropped.map((line) => {
		const key = copy.keyOn(line);
		return {
			file,
			line,
			message: key
				? `this "${key}:" is dropped, because a later "${key}:" in the same block replaces it`
				: 'this line is in no field, so ArchieML drops it: a field is one line, or ends with ":end"'
		};
	});
}
