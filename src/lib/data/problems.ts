/**
 * A problem found in the dataset or the story copy, named by file, line or record, and field so
 * an editor can fix it. Problems are collected, never thrown one at a time: one run lists them all.
 */
export interface Problem {
	/** Path of the file, e.g. `data/events.yaml`. */
	file: string;
	/** 1-based line, where the problem sits on one (YAML syntax, the story copy). */
	line?: number;
	/** The record's id (or country code), or `#3` for a record whose id is unreadable. */
	record?: string;
	/** What the record is, for the message: "record" unless said ("section", "step"). */
	recordKind?: string;
	/** The field, as a path: `date`, `sources[1].quote`. */
	field?: string;
	message: string;
}

export function formatProblem({ file, line, record, recordKind, field, message }: Problem): string {
	const where = [
		file,
		line && `line ${line}`,
		record && `${recordKind ?? 'record'} "${record}"`,
		field && `field "${field}"`
	].filter(Boolean);
	return `${where.join(', ')}: ${message}`;
}

function listProblems(subject: string, problems: readonly Problem[], notes: readonly string[]) {
	const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
	const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
	return `${subject} has ${count}:\n${list}${notes.map((note) => `\n${note}`).join('')}`;
}

/** Thrown by the loader with every problem found, so one build run shows them all. */
export class DatasetError extends Error {
	readonly problems: readonly Problem[];

	/** @param notes what could not be checked because of these problems, said once each */
	constructor(problems: readonly Problem[], notes: readonly string[] = []) {
		super(listProblems('The dataset', problems, notes));
		this.name = 'DatasetError';
		this.problems = problems;
	}
}

/** Thrown by the story parser with every problem in the copy, each with its line. */
export class StoryError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		super(listProblems('The story', problems, []));
		this.name = 'StoryError';
		this.problems = problems;
	}
}
