/**
 * The dataset's shape: one zod schema per record type, with TypeScript types inferred from them.
 * Descriptions here are the field documentation shown on the /data/ page.
 */
import { z } from 'zod';
import { KIND_DOC, kindProblems } from './figure-kinds.ts';
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
export const TEXT_LIMITS = {
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
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase slug such as "cac-ban"')
	.describe('Stable identifier (a slug); never changes once published');

/** YYYY-MM-DD or YYYY-MM; whether it is a real date is checked with the precision (checks.ts). */
export const partialDate = z
	.string()
	.regex(/^\d{4}-\d{2}(?:-\d{2})?$/, 'must be an ISO 8601 date, YYYY-MM-DD or YYYY-MM');

export const citationSchema = z
	.strictObject({
		source: ref().describe('Id of the article quoted (see sources)'),
		quote: text(TEXT_LIMITS.quote, 3, 'must quote at least a few words').describe(
			'Verbatim words from that article, one sentence or less, at least three words, and not a phrase found in several sentences; "..." joins two verbatim parts of the sentence in order'
		)
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
	file: text(TEXT_LIMITS.id).describe('File name of the article text in data/sources/'),
	headline: text(TEXT_LIMITS.headline).describe("The article's first line, verbatim"),
	firstLine: z
		.enum(['headline', 'lede'])
		.describe('Whether that first line is a headline or the opening sentence of the text'),
	outlet: z
		.strictObject({
			name: text(TEXT_LIMITS.name).describe('The outlet, as the text names it'),
			quote: text(TEXT_LIMITS.quote).describe('The words in the article that name the outlet')
		})
		.nullable()
		.describe('The publisher, only where the text names it; otherwise null'),
	outletNote: text(TEXT_LIMITS.text).describe('Why the outlet is named, or why it is not'),
	published: z
		.strictObject({
			earliest: partialDate.describe('Earliest possible publication date'),
			latest: partialDate.nullable().describe('Latest possible publication date, if known'),
			basis: text(TEXT_LIMITS.text).describe('How the window was reasoned from the text')
		})
		.describe('Publication window'),
	contributes: text(TEXT_LIMITS.text).describe('What the dataset takes from this article')
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
			note: text(TEXT_LIMITS.text, 10, 'must explain how the date was fixed').describe(
				'The reasoning, naming any public record used'
			)
		})
		.describe('How the date was fixed'),
	actor: text(TEXT_LIMITS.name).describe('Country or organisation that acted'),
	side: z.enum(SIDES).describe('Who acted: the US and its allies, China, Micron, or another party'),
	kind: z
		.enum(EVENT_KINDS)
		.describe(
			'A restriction or other official action by any side (measure), a statement (response), a share move (market) or a business decision (corporate); no kind says what an action answers'
		),
	title: text(TEXT_LIMITS.name, 3, 'must be at least 3 characters').describe(
		'Short title, our words'
	),
	summary: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters').describe(
		'One or two sentences, our words'
	),
	sources: citations
});

export const figureSchema = z
	.strictObject({
		id,
		label: text(TEXT_LIMITS.name, 3, 'must be at least 3 characters').describe(
			'What the number measures'
		),
		value: z.number().optional().describe('The number, where the articles give one'),
		min: z.number().optional().describe('Lower bound, for a range or "more than"'),
		max: z.number().optional().describe('Upper bound, for a range'),
		unit: z.enum(FIGURE_UNITS).describe('What the number counts; usd values are in whole dollars'),
		kind: z
			.enum(FIGURE_KINDS)
			.describe(
				`What sort of number it is, which fixes its unit and the range of value, min and max (${KIND_DOC}). Given on every figure rather than derived from unit and sign: a share and a change are both in percent, and a share written as -10 must fail, not read as a fall. The prose gives a change by its size ("fell 4.4%"), the sentence saying which way`
			),
		qualifier: z
			.enum(FIGURE_QUALIFIERS)
			.describe('exact, more-than (a lower bound), estimate or planned'),
		claimedBy: text(TEXT_LIMITS.name).optional().describe('Who asserts it, where it is a claim'),
		asOf: partialDate.describe(
			'Date the number refers to; where the articles give no period, the date of the earliest article reporting it (the note says so)'
		),
		event: ref().optional().describe('Id of the timeline event it belongs to'),
		note: text(TEXT_LIMITS.text).optional().describe('How to read it'),
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

export const countrySchema = z.strictObject({
	code: z
		.string()
		.regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code such as "NLD"')
		.describe('ISO 3166-1 alpha-3 code'),
	name: text(TEXT_LIMITS.name, 2, 'must be at least 2 characters').describe('Country name'),
	role: z
		.enum(COUNTRY_ROLES)
		.describe(
			"Main part on the map, in neutral terms (sets its colour and pattern): controls-on-china (limits China's access to chip technology), reviewed-and-banned-micron (China: the review and the ban), alternative-supplier (home of Micron's rivals), g7-partner (party to the G7 statement, no measures of its own)"
		),
	otherRoles: z.array(z.enum(COUNTRY_ROLES)).optional().describe('Further roles it plays'),
	did: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters').describe(
		'What it did, our words'
	),
	note: text(TEXT_LIMITS.text)
		.optional()
		.describe('Anything a reader should know about the record'),
	events: z.array(ref()).describe('Ids of the timeline events that show what it did'),
	sources: citations
});

export const conflictSchema = z.strictObject({
	id,
	kind: z.enum(CONFLICT_KINDS).describe('What sort of problem: error, disagreement, vague-date...'),
	claim: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters').describe(
		'What the articles say, our words'
	),
	resolution: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters').describe(
		'How the dataset resolves it'
	),
	reasoning: text(TEXT_LIMITS.text, 10, 'must be at least 10 characters').describe('Why'),
	affects: z.array(ref()).describe('Ids of the events, figures or country codes it shapes'),
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
