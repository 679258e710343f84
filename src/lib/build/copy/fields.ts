/**
 * The documentation of every field of the data, from data/fields.aml (ArchieML), for the /data/
 * page. Every field the schema has must be described, and nothing else; the figure kinds'
 * ranges are placeholders filled from the rules the build checks figures against.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIGURE_KIND_RULES, limitText } from '../dataset/figure-kinds.ts';
import { copiedRunMessage, copiedRuns, type Articles } from './own-words.ts';
import { fieldDocs, type FieldDoc } from '../dataset/publish.ts';
import { RECORD_TYPES, type RecordType } from '../dataset/schema.ts';
import type { FigureKind } from '../dataset/vocabulary.ts';
import type { Problem } from '../problems.ts';
import { droppedLines, loadTagged, type Path, type TaggedCopy } from './lines.ts';

const FILE = 'data/fields.aml';

export interface DataDocs {
	/** What each record type holds, in a sentence. */
	about: Record<RecordType, string>;
	fields: Record<RecordType, FieldDoc[]>;
}

/** Each record type's fields with their descriptions, and every problem by line and field. */
export function loadDataDocs(file = resolve(FILE), articles?: Articles) {
	return parseDataDocs(readFileSync(file, 'utf8'), articles);
}

/** Given the articles' texts, a run of eight or more of their words unquoted is a problem too. */
export function parseDataDocs(
	text: string,
	articles?: Articles
): { docs: DataDocs; problems: Problem[] } {
	// Read with line numbers, as the story is: a line ArchieML would drop is a problem too.
	const copy = loadTagged(text);
	const problems: Problem[] = [];
	const fail = (line: number | undefined, message: string) => {
		problems.push({ file: FILE, line, message });
		return '';
	};
	problems.push(...droppedLines(copy, FILE));
	const raw = copy.data as Record<string, unknown>;
	const fill = (text: string, path: Path) => {
		const filled = text.replace(
			/\{(\w+)\.(min|max)\}/g,
			(token, kind: string, end: 'min' | 'max') => {
				const rule = FIGURE_KIND_RULES[kind as FigureKind] as
					(typeof FIGURE_KIND_RULES)[FigureKind] | undefined;
				return rule
					? limitText(rule[end])
					: fail(copy.lineIn(path, token), `no figure kind "${kind}" in ${token}`);
			}
		);
		// Our own words, as in the story: no run of eight or more article words unquoted.
		for (const run of articles ? copiedRuns(filled, articles) : []) {
			fail(copy.lineIn(path, run.run.split(/\s+/)[0] ?? ''), copiedRunMessage(run));
		}
		return filled;
	};
	const types = Object.keys(RECORD_TYPES) as RecordType[];
	for (const key of Object.keys(raw)) {
		if (key !== 'types' && !types.includes(key as RecordType)) {
			fail(copy.lineOf([key]), `no record type "${key}"`);
		}
	}
	const block = (name: string) => Object.entries((raw[name] ?? {}) as Record<string, unknown>);
	const about = Object.fromEntries(
		block('types').map(([type, text]) => [type, fill(String(text), ['types', type])])
	) as Record<RecordType, string>;
	for (const type of types) {
		if (typeof about[type] !== 'string') {
			fail(copy.lineOf(['types']), `{types} says nothing of "${type}"`);
		}
	}
	const fields = Object.fromEntries(
		types.map((type) => [type, typeDocs(type, block(type), { copy, fail, fill })])
	) as Record<RecordType, FieldDoc[]>;
	return { docs: { about, fields }, problems };
}

/** One record type's fields, each with its description; a field left out or unknown is a problem. */
function typeDocs(
	type: RecordType,
	given: [string, unknown][],
	{
		copy,
		fail,
		fill
	}: {
		copy: TaggedCopy;
		fail: (line: number | undefined, message: string) => string;
		fill: (text: string, path: Path) => string;
	}
): FieldDoc[] {
	// A field inside another is written with a hyphen: `published-earliest`.
	const key = (name: string) => name.replace(/\./g, '-');
	const described = new Map(given.map(([name, text]) => [name.replace(/-/g, '.'), String(text).trim()]));
	const docs = fieldDocs(type, (name) => {
		const text = described.get(name);
		if (!text) fail(copy.lineOf([type]), `{${type}} has no description of the field "${name}"`);
		described.delete(name);
		return fill(text ?? '', [type, key(name)]);
	});
	for (const name of described.keys()) {
		fail(copy.lineOf([type, key(name)]), `{${type}} describes "${name}", which the data does not have`);
	}
	return docs;
}
