/**
 * The dataset's controlled vocabularies, without any dependency: safe to import from browser
 * code (the charts), where the zod schema must never go.
 */

export const SIDES = ['us-allies', 'china', 'micron', 'other'] as const;
/** Neutral: a measure is any side's restriction or official action, whoever it answers. */
export const EVENT_KINDS = ['measure', 'response', 'market', 'corporate'] as const;
export const DATE_METHODS = ['stated', 'weekday', 'relative', 'external', 'context'] as const;
export const COUNTRY_ROLES = [
	'controls-on-china',
	'reviewed-and-banned-micron',
	'alternative-supplier',
	'g7-partner'
] as const;
export const FIGURE_UNITS = ['percent', 'usd', 'months', 'companies', 'people'] as const;
/** What a figure measures, which fixes the range its numbers may take (schema.ts). */
export const FIGURE_KINDS = ['share', 'change', 'money', 'duration', 'count'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type FigureUnit = (typeof FIGURE_UNITS)[number];
export const FIGURE_QUALIFIERS = ['exact', 'more-than', 'estimate', 'planned'] as const;
export const CONFLICT_KINDS = [
	'error',
	'disagreement',
	'vague-date',
	'vague-scope',
	'vague-figure',
	'typo',
	'attribution',
	'duplication',
	'framing'
] as const;

export type CountryRole = (typeof COUNTRY_ROLES)[number];
