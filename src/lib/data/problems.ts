/** A problem found in the dataset, named by file, record and field so an editor can fix it. */
export interface Problem {
	/** Path of the file, e.g. `data/events.yaml`. */
	file: string;
	/** The record's id (or country code), or `#3` for a record whose id is unreadable. */
	record?: string;
	/** The field, as a path: `date`, `sources[1].quote`. */
	field?: string;
	message: string;
}

export function formatProblem({ file, record, field, message }: Problem): string {
	const where = [file, record && `record "${record}"`, field && `field "${field}"`].filter(Boolean);
	return `${where.join(', ')}: ${message}`;
}

/** Thrown by the loader with every problem found, so one build run shows them all. */
export class DatasetError extends Error {
	readonly problems: readonly Problem[];

	constructor(problems: readonly Problem[]) {
		const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
		super(
			`The dataset has ${count}:\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`
		);
		this.name = 'DatasetError';
		this.problems = problems;
	}
}
