/**
 * A problem found in the site's content (the dataset, the copy files, a chart's views), named by
 * file, line or record, and field so an editor can fix it. Problems are collected, never thrown
 * one at a time: `loadSite()` gathers every file's and throws one ContentError listing them all.
 */
export interface Problem {
	/** Path of the file, e.g. `data/events.yaml`. */
	file: string;
	/** 1-based line, where the problem sits on one (YAML syntax, the copy files). */
	line?: number;
	/** The record's id (or country code), or `#3` for a record whose id is unreadable. */
	record?: string;
	/** What the record is, for the message: "record" unless said ("section", "step", "state"). */
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

/** Problems in file order, then by line, each once. */
function ordered(problems: readonly Problem[]): Problem[] {
	const seen = new Set<string>();
	return problems
		.map((problem, index) => ({ problem, index }))
		.sort(
			(a, b) =>
				a.problem.file.localeCompare(b.problem.file) ||
				(a.problem.line ?? Infinity) - (b.problem.line ?? Infinity) ||
				a.index - b.index
		)
		.map(({ problem }) => problem)
		.filter((problem) => {
			const key = formatProblem(problem);
			if (seen.has(key)) return false;
			seen.add(key);
			return true;
		});
}

/**
 * The one error an editor's mistake produces, anywhere in the content: every problem found, by
 * file and line, and notes on what could not be checked because of them.
 */
export class ContentError extends Error {
	readonly problems: readonly Problem[];

	/** @param notes what could not be checked because of these problems, said once each */
	constructor(problems: readonly Problem[], notes: readonly string[] = []) {
		const list = ordered(problems);
		const count = list.length === 1 ? '1 problem' : `${list.length} problems`;
		super(
			`The content has ${count}:\n${list.map((p) => `  - ${formatProblem(p)}`).join('\n')}` +
				notes.map((note) => `\n${note}`).join('')
		);
		this.name = 'ContentError';
		this.problems = list;
	}
}
