/**
 * The dataset's shape: one zod schema per record type, with TypeScript types inferred from them.
 */
import { z } from 'zod';
import { kindProblems } from './figure-kinds.ts';
import { unreadable } from './text.ts';
import {
	CONFLICT_KINDS,
	COUNTRY_ROLES,
	DATE_METHODS,
	EVENT_KINDS,
	FIGURE_KINDS,
	FIGURE_QUALIFIERS,
	FIGURE_UNITS,
	SIDES
} from './vocabulary.ts';

export * from './vocabulary.ts';

/** The longest each sort of text field may be, in characters. */
const TEXT_LIMITS = {
	/** Ids and references to them. */
	id: 60,
	/** Titles, labels, names. */
	name: 80,
	/** An article's first line, verbatim. */
	headline: 300,
	/** A quote: one sentence or less. */
	quote: 400,
	/** Summaries, notes, reasoning. */
	text: 600
} as const;

/** A string a reader sees: visible, without hidden controls, and at most `max` characters. */
function text(max: number, min = 1, minMessage = 'must not be empty') {
	return z
		.string()
		.min(min, minMessage)
		.max(max, `must be ${max} characters or fewer`)
		.superRefine((value, ctx) => {
			const why = unreadable(value);
			if (why) ctx.addIssue({ code: 'custom', message: why });
		});
}

const ref = () => text(TEXT_LIMITS.id);

const id = z
	.string()
	.max(TEXT_LIMITS.id, `must be ${TEXT_LIMITS.id} characters or fewer`)
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "cac-ban"');

/** YYYY-MM-DD or YYYY-MM; whether it is a real date is checked with the precision (checks.ts). */
const partialDate = z
	.string()
	.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be an ISO 8601 date, YYYY-MM-DD or YYYY-MM');

const citationSchema = z.strictObject({
	source: ref(),
	quote: text(TEXT_LIMITS.quote, 3, 'must quote at least a few words')
});

const citations = z.array(citationSchema).min(1, 'must cite at least one source');

const sourceSchema = z.strictObject({
	id: z.string().regex(/^\d{3}_[0-9a-f]{16}$/, 'must be the article file name without .txt'),
	file: text(TEXT_LIMITS.id),
	headline: text(TEXT_LIMITS.headline),
	firstLine: z.enum(['headline', 'lede']),
	outlet: z
		.strictObject({
			name: text(TEXT_LIMITS.name),
			quote: text(TEXT_LIMITS.quote)
		})
		.nullable(),
	outletNote: text(TEXT_LIMITS.text),
	published: z.strictObject({
		earliest: partialDate,
		latest: partialDate.nullable(),
		basis: text(TEXT_LIMITS.text)
	}),
	contributes: text(TEXT_LIMITS.text)
});

const eventSchema = z.strictObject({
	id,
	date: partialDate,
	datePrecision: z.enum(['day', 'month']),
	dateBasis: z.strictObject({
		method: z.enum(DATE_METHODS),
		note: text(TEXT_LIMITS.text, 10, 'must explain how the date was fixed')
	}),
	actor: text(TEXT_LIMITS.name),
	side: z.enum(SIDES),
	kind: z.enum(EVENT_KINDS),
	title: text(TEXT_LIMITS.name, 3, 'must be at least 3 characters'),
	summary: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters'),
	sources: citations
});

const figureSchema = z
	.strictObject({
		id,
		label: text(TEXT_LIMITS.name, 3, 'must be at least 3 characters'),
		value: z.number().optional(),
		min: z.number().optional(),
		max: z.number().optional(),
		unit: z.enum(FIGURE_UNITS),
		kind: z.enum(FIGURE_KINDS),
		qualifier: z.enum(FIGURE_QUALIFIERS),
		claimedBy: text(TEXT_LIMITS.name).optional(),
		asOf: partialDate,
		event: ref().optional(),
		note: text(TEXT_LIMITS.text).optional(),
		sources: citations
	})
	.superRefine((figure, ctx) => {
		const issue = (field: string, message: string) =>
			ctx.addIssue({ code: 'custom', path: [field], message });
		const hasValue = figure.value !== undefined;
		const hasBound = figure.min !== undefined || figure.max !== undefined;
		if (hasValue === hasBound) issue('value', 'give either value, or min and/or max');
		if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
			issue('max', 'must not be less than min');
		}
		if (
			figure.qualifier === 'more-than' &&
			(figure.min === undefined || figure.max !== undefined)
		) {
			issue('qualifier', 'more-than needs min and no max (an open-ended lower bound)');
		}
		for (const [field, message] of kindProblems(figure)) issue(field, message);
	});

const countrySchema = z.strictObject({
	code: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "NLD"'),
	name: text(TEXT_LIMITS.name, 2, 'must be at least 2 characters'),
	role: z.enum(COUNTRY_ROLES),
	otherRoles: z.array(z.enum(COUNTRY_ROLES)).optional(),
	did: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters'),
	note: text(TEXT_LIMITS.text).optional(),
	events: z.array(ref()),
	sources: citations
});

const conflictSchema = z.strictObject({
	id,
	kind: z.enum(CONFLICT_KINDS),
	claim: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters'),
	resolution: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters'),
	reasoning: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters'),
	affects: z.array(ref()),
	sources: citations
});

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Figure = z.infer<typeof figureSchema>;
type Country = z.infer<typeof countrySchema>;
type Conflict = z.infer<typeof conflictSchema>;

/** The record types, in the order the build checks and publishes them. */
export const RECORD_TYPES = {
	sources: { file: 'data/sources.yaml', schema: sourceSchema, key: 'id' },
	events: { file: 'data/events.yaml', schema: eventSchema, key: 'id' },
	figures: { file: 'data/figures.yaml', schema: figureSchema, key: 'id' },
	countries: { file: 'data/countries.yaml', schema: countrySchema, key: 'code' },
	conflicts: { file: 'data/conflicts.yaml', schema: conflictSchema, key: 'id' }
} as const;

export type RecordType = keyof typeof RECORD_TYPES;

export interface Dataset {
	sources: Source[];
	events: TimelineEvent[];
	figures: Figure[];
	countries: Country[];
	conflicts: Conflict[];
}
