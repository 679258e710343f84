/**
 * The figures the charts draw, by id, with the kind and numbers each chart reads. Checked with
 * the dataset, so a figure that is missing or changed stops the build with its file, record and
 * field, not a stack trace from inside a chart.
 */
import type { Problem } from './problems.ts';
import { RECORD_TYPES, type Figure, type FigureKind } from './schema.ts';

export interface FigureNeed {
	chart: string;
	id: string;
	kind: FigureKind;
	/** The numbers the chart reads from it. */
	fields: readonly ('value' | 'min' | 'max')[];
}

/** The figures the revenue chart draws, by role. */
export const REVENUE_FIGURES = {
	chinaShare: 'china-revenue-share',
	lossEstimate: 'cfo-loss-estimate'
} as const;

/**
 * What the revenue chart reads: China's share of revenue as a floor, and the loss estimate as a
 * range. Checked when the dataset loads, before anything is built, so the chart can rely on it.
 */
export const CHART_NEEDS: readonly FigureNeed[] = [
	{ chart: 'revenue', id: REVENUE_FIGURES.chinaShare, kind: 'share', fields: ['min'] },
	{ chart: 'revenue', id: REVENUE_FIGURES.lossEstimate, kind: 'share', fields: ['min', 'max'] }
];

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
