/**
 * The embed pages' own words, from data/embed.aml: what a page says when `?state=` names no view
 * of its chart. `{first}` (the first view's label) is filled here; `{state}`, what the reader's
 * address asked for, only in the browser, so the words come out in two parts around it.
 * Build-time only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { textProblem } from '../data/text.ts';
import { loadTagged } from '../story/copy-lines.ts';

const FILE = 'data/embed.aml';
const MAX = 300;

export interface EmbedWords {
	/** The words before and after what the reader asked for, for a chart whose first view is `first`. */
	unknownState(first: string): [before: string, after: string];
}

/** Reads and checks data/embed.aml, failing at the line of the first problem. */
export function loadEmbedWords(file = resolve(FILE)): EmbedWords {
	return parseEmbedWords(readFileSync(file, 'utf8'));
}

export function parseEmbedWords(source: string): EmbedWords {
	const copy = loadTagged(source);
	const fail = (line: number | undefined, message: string): never => {
		throw new Error(`${FILE}${line === undefined ? '' : `, line ${line}`}: ${message}`);
	};
	const [dropped] = copy.dropped;
	if (dropped !== undefined) fail(dropped, 'this line is in no field, so ArchieML drops it');
	const data = copy.data as Record<string, unknown>;
	for (const key of Object.keys(data)) {
		if (key !== 'unknown-state') fail(copy.lineOf([key]), `"${key}" is not a known field`);
	}
	const text = data['unknown-state'];
	if (typeof text !== 'string' || !text) fail(undefined, '"unknown-state:" is required');
	const words = text as string;
	const line = copy.lineOf(['unknown-state']);
	const problem = textProblem(words, MAX);
	if (problem) fail(line, `"unknown-state" ${problem}`);
	const unknown = [...words.matchAll(/\{([^}]*)\}/g)].find(
		([, name]) => !/^(state|first)$/.test(name ?? '')
	);
	if (unknown) fail(line, `unknown placeholder ${unknown[0]}: only {state} and {first}`);
	const parts = words.split('{state}');
	if (parts.length !== 2)
		fail(line, '"unknown-state" must say {state} once: what the address asked for');
	return {
		unknownState: (first) =>
			parts.map((part) => part.replaceAll('{first}', first)) as [string, string]
	};
}
