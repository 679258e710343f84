/**
 * What each kind of figure may be: the unit it is counted in and the range its numbers must fall
 * in, so a share of -10%, a loss of 400% of revenue or a $1e308 investment fails the build
 * instead of being printed.
 */
import type { FigureKind, FigureUnit } from './vocabulary.ts';

/** What each kind of figure is counted in, and the range its numbers must fall in. */
export const FIGURE_KIND_RULES: Record<
	FigureKind,
	{ units: readonly FigureUnit[]; min: number; max: number; whole: boolean }
> = {
	share: { units: ['percent'], min: 0, max: 100, whole: false },
	change: {
		units: ['percent'],
		min: -100,
		max: 1000,
		whole: false
	},
	money: { units: ['usd'], min: 1, max: 1e12, whole: true },
	duration: { units: ['months'], min: 0, max: 120, whole: false },
	count: {
		units: ['companies', 'people'],
		min: 0,
		max: 1e9,
		whole: true
	}
};

/** A limit as the /data/ page writes it: 1,200; beyond a quadrillion, 1e+308. */
export const limitText = (n: number) =>
	Math.abs(n) < 1e15 ? n.toLocaleString('en-GB') : String(n);

interface FigureNumbers {
	kind: FigureKind;
	unit: FigureUnit;
	qualifier: string;
	value?: number;
	min?: number;
	max?: number;
}

/** Each field of `figure` that its kind does not allow, with why. */
export function kindProblems(figure: FigureNumbers): [field: string, message: string][] {
	const rule = FIGURE_KIND_RULES[figure.kind] as (typeof FIGURE_KIND_RULES)[FigureKind] | undefined;
	if (!rule) return []; // an unknown kind is reported by the schema's enum
	const problems: [string, string][] = [];
	if (!rule.units.includes(figure.unit)) {
		problems.push([
			'unit',
			`must be ${rule.units.join(' or ')} for a figure of kind "${figure.kind}"`
		]);
	}
	for (const field of ['value', 'min', 'max'] as const) {
		const n = figure[field];
		if (n === undefined) continue;
		if (n < rule.min || n > rule.max) {
			problems.push([
				field,
				`is ${limitText(n)}, outside ${limitText(rule.min)} to ${limitText(rule.max)} for kind "${figure.kind}"`
			]);
		} else if (rule.whole && !Number.isInteger(n)) {
			problems.push([field, `must be a whole number for kind "${figure.kind}"`]);
		} else if (field === 'min' && figure.qualifier === 'more-than' && n >= rule.max) {
			problems.push([
				field,
				`"more than ${limitText(n)}" leaves nothing above it for kind "${figure.kind}"`
			]);
		}
	}
	return problems;
}
