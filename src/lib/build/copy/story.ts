/**
 * The story's words, from data/story.aml (ArchieML): parsed, checked and resolved at build time.
 * Numbers and dates are placeholders for dataset values, so the text and the charts cannot
 * disagree: {event:ID.date}, {figure:ID}, {count:events}, {count:sources}, {count:role.ROLE}.
 * The copy decides the sections, in order; a section named after a chart carries that chart and
 * its scroll steps. Nothing is dropped silently: an unknown field, a line ArchieML would drop, an
 * unknown placeholder, section or state, hidden characters or an over-long field is a problem,
 * all of them collected, each with its line.
 */
import { z } from 'zod';
import type { Problem } from '../problems.ts';
import type { Dataset } from '../dataset/schema.ts';
import { fieldReader, type FieldReader } from './field-reader.ts';
import type { Articles } from './own-words.ts';
import { CONFLICT_KINDS, DATE_METHODS } from '../dataset/vocabulary.ts';
import { FIELDS, hiddenByArchieml, locate, type Found } from './checks.ts';
import { loadTagged, type Path, type TaggedCopy } from './lines.ts';
import type { Unresolved } from './placeholders.ts';

interface StoryStep {
	/** Public anchor: `<section>-<step>`, e.g. `timeline-ban`. */
	id: string;
	/** The chart state this step shows. */
	state: string;
	text: string;
}

export interface StorySection<Chart extends string = string> {
	/** Public anchor (`#timeline`) and share page (`/share/timeline/`). */
	id: string;
	title: string;
	paragraphs: string[];
	/** The chart the section carries, if any: the one its id names. */
	chart: Chart | null;
	steps: StoryStep[];
}

/** How an event's date was fixed (dateBasis.method), in the words the sources section shows. */
type DateMethodLabels = Record<(typeof DATE_METHODS)[number], string>;

/** Each kind of problem in the articles (a conflict's kind), as its tag in the sources section. */
type ConflictKindLabels = Record<(typeof CONFLICT_KINDS)[number], string>;

/**
 * The story's own words around it ({page}): the dates line under the byline ("Published",
 * "Updated", what the story covers), the heading of its updates and the corrections policy at
 * its foot, and the line every social card carries.
 */
export type PageWords = Record<(typeof FIELDS.page)[number], string>;

export interface Story<Chart extends string = string> {
	headline: string;
	dek: string;
	dateline: string;
	byline: string;
	sections: StorySection<Chart>[];
	page: PageWords;
	methods: DateMethodLabels;
	kinds: ConflictKindLabels;
}

/** The section the page lists the articles and the dataset's notes in. */
const SOURCES_SECTION = 'sources';

/** The longest each field may be once its placeholders are resolved, in characters. */
const COPY_LIMITS = {
	headline: 100,
	dek: 300,
	dateline: 100,
	byline: 100,
	title: 80,
	paragraph: 1000,
	step: 1000,
	method: 120,
	/** A conflict kind's tag. */
	kind: 40,
	/** A line of {page}: a label, what the story covers, the cards' line. */
	pageLine: 200,
	corrections: 600
} as const;

/** A block of named lines ({page}, {methods}, {kinds}): every name given, as words. */
const block = <K extends string>(names: readonly K[]) =>
	z.object(Object.fromEntries(names.map((name) => [name, z.string()])) as Record<K, z.ZodString>);

const slug = z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens');
const rawSchema = z.looseObject({
	headline: z.string(),
	dek: z.string(),
	dateline: z.string(),
	byline: z.string(),
	sections: z.array(
		z.looseObject({
			id: slug,
			title: z.string(),
			body: z.array(z.object({ type: z.string(), value: z.string() })).default([]),
			steps: z
				.array(z.looseObject({ id: slug, state: z.string(), text: z.string() }))
				.default([])
		})
	),
	page: block(FIELDS.page),
	methods: block(DATE_METHODS),
	kinds: block(CONFLICT_KINDS)
});
type RawSection = z.infer<typeof rawSchema>['sections'][number];

export interface StoryContext {
	/** Each chart's states, by its name: the section named after a chart carries it. */
	charts: Readonly<Record<string, readonly string[]>>;
	/** Placeholders whose record already has problems of its own: not reported again. */
	unresolvable?: Unresolved;
	/** The articles' texts: a run of eight or more of their words, unquoted, is a problem. */
	articles?: Articles;
	file?: string;
}

/** The sections as a whole: ids unique, every chart given a section, the sources section there. */
function checkOutline(copy: TaggedCopy, sections: RawSection[], charts: string[]): Found[] {
	const problems: Found[] = [];
	const ids = sections.map((s) => s.id);
	ids.forEach((id, s) => {
		if (ids.indexOf(id) !== s) {
			problems.push({ ...locate(copy, ['sections', s, 'id']), message: `duplicate section "${id}"` });
		}
	});
	for (const chart of charts.filter((name) => !ids.includes(name))) {
		problems.push({
			line: copy.lineOf(['sections']),
			field: 'sections',
			message: `no section "${chart}": every chart needs the section that carries it (charts: ${charts.join(', ')})`
		});
	}
	if (!ids.includes(SOURCES_SECTION)) {
		problems.push({
			line: copy.lineOf(['sections']),
			field: 'sections',
			message: `no section "${SOURCES_SECTION}": the page lists the articles there`
		});
	}
	return problems;
}

function readSection(
	copy: TaggedCopy,
	section: RawSection,
	s: number,
	{ field, charts, problems }: { field: FieldReader; charts: StoryContext['charts']; problems: Found[] }
): StorySection {
	const at = (...rest: (string | number)[]): Path => ['sections', s, ...rest];
	const { id } = section;
	const states = charts[id];
	const chart = states ? id : null;
	if (chart && section.steps.length === 0) {
		problems.push({ ...locate(copy, at('id')), message: `section "${id}" needs steps for its chart` });
	}
	if (!chart && section.steps.length > 0) {
		const names = Object.keys(charts).join(', ');
		problems.push({
			...locate(copy, at('id')),
			message: `section "${id}" has no chart, so no steps (a section carries the chart it is named after: ${names})`
		});
	}
	const seen = new Set<string>();
	const steps = section.steps.map((step, i) => {
		if (states && !states.includes(step.state)) {
			problems.push({
				...locate(copy, at('steps', i, 'state')),
				message: `unknown state "${step.state}" for the ${id} chart (states: ${states.join(', ')})`
			});
		}
		if (seen.has(step.id)) {
			problems.push({
				...locate(copy, at('steps', i, 'id')),
				message: `duplicate step "${step.id}" in "${id}"`
			});
		}
		seen.add(step.id);
		const text = field(at('steps', i, 'text'), step.text, COPY_LIMITS.step);
		return { id: `${id}-${step.id}`, state: step.state, text };
	});
	return {
		id,
		title: field(at('title'), section.title, COPY_LIMITS.title),
		// ArchieML keeps the backslash that stops "Note:" reading as a key; the reader must not see it.
		paragraphs: section.body.map((paragraph, b) =>
			field(at('body', b, 'value'), paragraph.value.replace(/^\\/, ''), COPY_LIMITS.paragraph)
		),
		chart,
		steps
	};
}

/** The story, and every problem in its copy; `story` is null when the copy cannot be read. */
export function parseStory(
	text: string,
	dataset: Dataset,
	{ charts, unresolvable, articles, file = 'data/story.aml' }: StoryContext
): { story: Story | null; problems: Problem[] } {
	const copy = loadTagged(text);
	const problems = hiddenByArchieml(copy);
	const withFile = () => problems.map((p) => ({ file, ...p }));
	const parsed = rawSchema.safeParse(copy.data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
			const path = issue.path.filter((p) => typeof p !== 'symbol');
			problems.push({ ...locate(copy, path), message: missing ? 'is required' : issue.message });
		}
		return { story: null, problems: withFile() };
	}
	const raw = parsed.data;
	const field = fieldReader(copy, dataset, problems, { unresolvable, articles });
	/** A block of named lines, each resolved and checked. */
	const lines = <K extends string>(
		name: string,
		names: readonly K[],
		values: Record<K, string>,
		max: (key: K) => number
	) =>
		Object.fromEntries(
			names.map((key) => [key, field([name, key], values[key], max(key))])
		) as Record<K, string>;
	problems.push(...checkOutline(copy, raw.sections, Object.keys(charts)));
	const story: Story = {
		headline: field(['headline'], raw.headline, COPY_LIMITS.headline),
		dek: field(['dek'], raw.dek, COPY_LIMITS.dek),
		dateline: field(['dateline'], raw.dateline, COPY_LIMITS.dateline),
		byline: field(['byline'], raw.byline, COPY_LIMITS.byline),
		sections: raw.sections.map((section, s) =>
			readSection(copy, section, s, { field, charts, problems })
		),
		page: lines('page', FIELDS.page, raw.page, (key) =>
			key === 'corrections' ? COPY_LIMITS.corrections : COPY_LIMITS.pageLine
		),
		methods: lines('methods', DATE_METHODS, raw.methods, () => COPY_LIMITS.method),
		kinds: lines('kinds', CONFLICT_KINDS, raw.kinds, () => COPY_LIMITS.kind)
	};
	return { story, problems: withFile() };
}
