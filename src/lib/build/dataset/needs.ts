/**
 * The figures the charts draw, by id, with the kind and numbers each chart reads (each chart's
 * definition lists its own). Checked with the dataset, so a figure that is missing or changed
 * stops the build with its file, record and field, not a stack trace from inside a chart.
 */
import type { Problem } from '../problems.ts';
import { RECORD_TYPES, type Figure, type FigureKind } from './schema.ts';

export interface FigureNeed {
	chart: string;
	id: string;
	kind: FigureKind;
	/** The numbers the chart reads from it. */
	fields: readonly ('value' | 'min' | 'max')[];
}

/**
 * Problems with the figures the charts need. `rejected` holds ids of figures already reported
 * for schema problems: they exist, so they are not reported again as missing.
 */
export function checkNeeds(
	figures: readonly Figure[],
	needs: readonly FigureNeed[],
	rejected: ReadonlySet<string> = new Set()
): Problem[] {
	const file = RECORD_TYPES.figures.file;
	return needs.flatMap(({ chart, id, kind, fields }): Problem[] => {
		if (rejected.has(id)) return [];
		const figure = figures.find((f) => f.id === id);
		const uses = `the ${chart} chart draws it as a ${kind} with ${fields.join(' and ')}`;
		if (!figure)
			return [{ file, record: id, field: 'id', message: `no figure has this id, but ${uses}` }];
		if (figure.kind !== kind) {
			return [{ file, record: id, field: 'kind', message: `is "${figure.kind}", but ${uses}` }];
		}
		return fields
			.filter((field) => figure[field] === undefined)
			.map((field) => ({ file, record: id, field, message: `is required: ${uses}` }));
	});
}
