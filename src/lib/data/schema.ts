/**
 * The dataset's shape: one zod schema per record type, with TypeScript types inferred from them.
 * Descriptions here are the field documentation shown on the /data/ page.
 */
import { z } from 'zod';
import {
	CONFLICT_KINDS,
	COUNTRY_ROLES,
	DATE_METHODS,
	EVENT_KINDS,
	FIGURE_QUALIFIERS,
	FIGURE_UNITS,
	SIDES
} from './vocabulary.ts';

export * from './vocabulary.ts';

const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "cac-ban"')
	.describe('Stable identifier (a slug); never changes once published');

/** YYYY-MM-DD or YYYY-MM; whether it is a real date is checked with the precision (checks.ts). */
export const partialDate = z
	.string()
	.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be an ISO 8601 date, YYYY-MM-DD or YYYY-MM');

export const citationSchema = z
	.strictObject({
		source: z.string().describe('Id of the article quoted (see sources)'),
		quote: z
			.string()
			.min(3, 'must quote at least a few words')
			.max(400, 'must be one sentence or less (400 characters at most)')
			.describe('Verbatim words from that article; "..." joins two verbatim parts in order')
	})
	.describe('A citation: an article and the words from it that support the record');

const citations = z
	.array(citationSchema)
	.min(1, 'must cite at least one source')
	.describe('Citations, as source id and verbatim quote');

export const sourceSchema = z.strictObject({
	id: z
		.string()
		.regex(/^\d{3}_[0-9a-f]{16}$/, 'must be the article file name without .txt')
		.describe('Article id: its file name without .txt'),
	file: z.string().describe('File name of the article text in data/sources/'),
	headline: z.string().min(1).describe("The article's first line, verbatim"),
	firstLine: z
		.enum(['headline', 'lede'])
		.describe('Whether that first line is a headline or the opening sentence of the text'),
	outlet: z
		.strictObject({
			name: z.string().min(1).describe('The outlet, as the text names it'),
			quote: z.string().min(1).describe('The words in the article that name the outlet')
		})
		.nullable()
		.describe('The publisher, only where the text names it; otherwise null'),
	outletNote: z.string().min(1).describe('Why the outlet is named, or why it is not'),
	published: z
		.strictObject({
			earliest: partialDate.describe('Earliest possible publication date'),
			latest: partialDate.nullable().describe('Latest possible publication date, if known'),
			basis: z.string().min(1).describe('How the window was reasoned from the text')
		})
		.describe('Publication window'),
	contributes: z.string().min(1).describe('What the dataset takes from this article')
});

export const eventSchema = z.strictObject({
	id,
	date: partialDate.describe('ISO 8601 date: YYYY-MM-DD, or YYYY-MM where only the month is known'),
	datePrecision: z
		.enum(['day', 'month'])
		.describe('Whether the date is known to the day, or only to the month (drawn as a span)'),
	dateBasis: z
		.strictObject({
			method: z
				.enum(DATE_METHODS)
				.describe(
					'stated; weekday (fixed from a dated article); relative ("last week"); external (a named public record); context (undated, placed with the event it answers: approximate)'
				),
			note: z
				.string()
				.min(10, 'must explain how the date was fixed')
				.describe('The reasoning, naming any public record used')
		})
		.describe('How the date was fixed'),
	actor: z.string().min(1).describe('Country or organisation that acted'),
	side: z.enum(SIDES).describe('Who acted: the US and its allies, China, Micron, or another party'),
	kind: z
		.enum(EVENT_KINDS)
		.describe(
			'A restriction (measure), a restriction in answer to one (countermeasure), a statement (response), a share move (market) or a business decision (corporate)'
		),
	title: z
		.string()
		.min(3)
		.max(80, 'must be 80 characters or fewer')
		.describe('Short title, our words'),
	summary: z.string().min(10).describe('One or two sentences, our words'),
	sources: citations
});

export const figureSchema = z
	.strictObject({
		id,
		label: z.string().min(3).describe('What the number measures'),
		value: z.number().optional().describe('The number, where the articles give one'),
		min: z.number().optional().describe('Lower bound, for a range or "more than"'),
		max: z.number().optional().describe('Upper bound, for a range'),
		unit: z.enum(FIGURE_UNITS).describe('What the number counts; usd values are in whole dollars'),
		qualifier: z
			.enum(FIGURE_QUALIFIERS)
			.describe('exact, more-than (a lower bound), estimate or planned'),
		claimedBy: z.string().optional().describe('Who asserts it, where it is a claim'),
		asOf: partialDate.describe('Date the number refers to'),
		event: z.string().optional().describe('Id of the timeline event it belongs to'),
		note: z.string().optional().describe('How to read it'),
		sources: citations
	})
	.superRefine((figure, ctx) => {
		const hasValue = figure.value !== undefined;
		const hasBound = figure.min !== undefined || figure.max !== undefined;
		if (hasValue === hasBound) {
			ctx.addIssue({
				code: 'custom',
				path: ['value'],
				message: 'give either value, or min and/or max'
			});
		}
		if (figure.min !== undefined && figure.max !== undefined && figure.min > figure.max) {
			ctx.addIssue({ code: 'custom', path: ['max'], message: 'must not be less than min' });
		}
		if (
			figure.qualifier === 'more-than' &&
			(figure.min === undefined || figure.max !== undefined)
		) {
			ctx.addIssue({
				code: 'custom',
				path: ['qualifier'],
				message: 'more-than needs min and no max (an open-ended lower bound)'
			});
		}
	});

export const countrySchema = z.strictObject({
	code: z
		.string()
		.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "NLD"')
		.describe('ISO 3166-1 alpha-3 code'),
	name: z.string().min(2).describe('Country name'),
	role: z.enum(COUNTRY_ROLES).describe('Main role on the map (sets its colour and pattern)'),
	otherRoles: z.array(z.enum(COUNTRY_ROLES)).optional().describe('Further roles it plays'),
	did: z.string().min(10).describe('What it did, our words'),
	note: z.string().optional().describe('Anything a reader should know about the record'),
	events: z.array(z.string()).describe('Ids of the timeline events that show what it did'),
	sources: citations
});

export const conflictSchema = z.strictObject({
	id,
	kind: z.enum(CONFLICT_KINDS).describe('What sort of problem: error, disagreement, vague-date...'),
	claim: z.string().min(10).describe('What the articles say, our words'),
	resolution: z.string().min(10).describe('How the dataset resolves it'),
	reasoning: z.string().min(10).describe('Why'),
	affects: z.array(z.string()).describe('Ids of the events, figures or country codes it shapes'),
	sources: citations
});

export type Citation = z.infer<typeof citationSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Country = z.infer<typeof countrySchema>;
export type Conflict = z.infer<typeof conflictSchema>;

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
