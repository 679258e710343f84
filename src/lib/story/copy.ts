/**
 * The story's words, from data/story.aml (ArchieML): parsed, checked and resolved at build time.
 * Numbers and dates are placeholders for dataset values, so the text and the charts cannot
 * disagree: {event:ID.date}, {figure:ID}, {count:events}, {count:sources}, {count:role.ROLE}.
 * Every field a reader sees is resolved and checked. Nothing is dropped silently: an unknown
 * field, a line ArchieML would drop, an unknown placeholder, section or state, hidden characters
 * or an over-long field fail the build, all of them at once, each with its line.
 */
import { z } from 'zod';
import { CHART_NAMES, CHART_STATES, type ChartName } from '../charts/chart.ts';
import { StoryError } from '../data/problems.ts';
import { copiedRunMessage, copiedRuns, type Articles } from '../data/own-words.ts';
import type { Dataset } from '../data/schema.ts';
import { CONFLICT_KINDS, DATE_METHODS } from '../data/vocabulary.ts';
import { hiddenCharacter, textProblem } from '../data/text.ts';
import { FIELDS, hiddenByArchieml, locate } from './copy-checks.ts';
import { loadTagged, type Path } from './copy-lines.ts';
import { resolvePlaceholders } from './placeholders.ts';
import { SECTION_IDS, type SectionId } from './sections.ts';

export { resolvePlaceholders, SECTION_IDS, StoryError, type SectionId };

export interface StoryStep {
	/** Public anchor: `<section>-<step>`, e.g. `timeline-ban`. */
	id: string;
	/** The chart state this step shows. */
	state: string;
	text: string;
}

export interface StorySection {
	id: SectionId;
	title: string;
	paragraphs: string[];
	/** The chart the section carries, if any (its id is the chart's name). */
	chart: ChartName | null;
	steps: StoryStep[];
}

/** How an event's date was fixed (dateBasis.method), in the words the sources section shows. */
export type DateMethodLabels = Record<(typeof DATE_METHODS)[number], string>;

/** Each kind of problem in the articles (a conflict's kind), as its tag in the sources section. */
export type ConflictKindLabels = Record<(typeof CONFLICT_KINDS)[number], string>;

/**
 * The words around the story ({page}): the dates line under the byline ("Published", "Updated",
 * what the story covers), the heading of the list of updates and the corrections policy at its
 * foot, and the kicker and line every social card carries.
 */
export type PageWords = Record<(typeof FIELDS.page)[number], string>;

export interface Story {
	headline: string;
	dek: string;
	dateline: string;
	byline: string;
	sections: StorySection[];
	page: PageWords;
	methods: DateMethodLabels;
	kinds: ConflictKindLabels;
}

/** The longest each field may be once its placeholders are resolved, in characters. */
export const COPY_LIMITS = {
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
	/** A line of {page}: a label, what the story covers, the card's kicker and line. */
	pageLine: 200,
	corrections: 600
} as const;

/** A block of named lines ({methods}, {kinds}, {page}): every name given, as words. */
const block = <K extends string>(names: readonly K[]) =>
	z.object(Object.fromEntries(names.map((name) => [name, z.string()])) as Record<K, z.ZodString>);

const rawSchema = z.looseObject({
	headline: z.string(),
	dek: z.string(),
	dateline: z.string(),
	byline: z.string(),
	sections: z.array(
		z.looseObject({
			id: z.string(),
			title: z.string(),
			body: z.array(z.object({ type: z.string(), value: z.string() })).default([]),
			steps: z
				.array(
					z.looseObject({
						id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens'),
						state: z.string(),
						text: z.string()
					})
				)
				.default([])
		})
	),
	page: block(FIELDS.page),
	methods: block(DATE_METHODS),
	kinds: block(CONFLICT_KINDS)
});

/**
 * Parses and checks the story copy. Given the articles' texts (by id), it also fails on any run of
 * eight or more of their words outside quotation marks (own-words.ts), naming the line and the run.
 */
export function parseStory(
	text: string,
	dataset: Dataset,
	file = 'data/story.aml',
	articles?: Articles
): Story {
	const copy = loadTagged(text);
	const problems = hiddenByArchieml(copy);
	const parsed = rawSchema.safeParse(copy.data);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
			const path = issue.path.filter((p) => typeof p !== 'symbol');
			problems.push({ ...locate(copy, path), message: missing ? 'is required' : issue.message });
		}
		throw new StoryError(problems.map((p) => ({ file, ...p })));
	}
	const raw = parsed.data;

	/** The field at `path`, resolved and checked; every problem in it is collected. */
	const field = (path: Path, value: string, max: number) => {
		const resolved = resolvePlaceholders(value, dataset, (token, why) => {
			const message =
				why === 'unrecognised placeholder' ? `${why} ${token}` : `${why} in placeholder ${token}`;
			problems.push({ ...locate(copy, path, copy.lineIn(path, token)), message });
			return token;
		});
		const why = textProblem(resolved, max);
		if (why) {
			const hidden = hiddenCharacter(value);
			const line = hidden ? copy.lineIn(path, hidden.char) : copy.lineOf(path);
			problems.push({ ...locate(copy, path, line), message: why });
		}
		for (const run of articles ? copiedRuns(resolved, articles) : []) {
			const start = run.run.split(/\s+/).slice(0, 3).join(' ');
			problems.push({
				...locate(copy, path, copy.lineIn(path, start)),
				message: copiedRunMessage(run)
			});
		}
		return resolved;
	};
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

	const ids = raw.sections.map((s) => s.id);
	const misplaced = SECTION_IDS.findIndex((expected, index) => ids[index] !== expected);
	if (misplaced >= 0) {
		const found = ids[misplaced];
		problems.push({
			line: found === undefined ? undefined : copy.lineOf(['sections', misplaced, 'id']),
			message: `section ${misplaced + 1} must be "${SECTION_IDS[misplaced]}"${found === undefined ? '' : `, not "${found}"`} (sections: ${SECTION_IDS.join(', ')})`
		});
	}
	ids.slice(SECTION_IDS.length).forEach((extra, index) => {
		const line = copy.lineOf(['sections', SECTION_IDS.length + index, 'id']);
		problems.push({ line, message: `unknown section "${extra}"` });
	});

	const sections = raw.sections.map((section, s): StorySection => {
		const id = section.id as SectionId;
		const at = (...rest: (string | number)[]): Path => ['sections', s, ...rest];
		const known = (SECTION_IDS as readonly string[]).includes(id);
		const chart = (CHART_NAMES as readonly string[]).includes(id) ? (id as ChartName) : null;
		const states: readonly string[] = chart ? CHART_STATES[chart] : [];
		if (known && chart && section.steps.length === 0) {
			problems.push({
				...locate(copy, at('id')),
				message: `section "${id}" needs steps for its chart`
			});
		}
		if (known && !chart && section.steps.length > 0) {
			problems.push({
				...locate(copy, at('id')),
				message: `section "${id}" has no chart, so no steps`
			});
		}
		const seen = new Set<string>();
		const steps = section.steps.map((step, i) => {
			if (chart && !states.includes(step.state)) {
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
			const stepText = field(at('steps', i, 'text'), step.text, COPY_LIMITS.step);
			return { id: `${id}-${step.id}`, state: step.state, text: stepText };
		});
		return {
			id,
			title: field(at('title'), section.title, COPY_LIMITS.title),
			paragraphs: section.body.map((paragraph, b) =>
				// ArchieML keeps the backslash that stops "Note:" reading as a key; the reader must not see it.
				field(at('body', b, 'value'), paragraph.value.replace(/^\\/, ''), COPY_LIMITS.paragraph)
			),
			chart,
			steps
		};
	});

	const story: Story = {
		headline: field(['headline'], raw.headline, COPY_LIMITS.headline),
		dek: field(['dek'], raw.dek, COPY_LIMITS.dek),
		dateline: field(['dateline'], raw.dateline, COPY_LIMITS.dateline),
		byline: field(['byline'], raw.byline, COPY_LIMITS.byline),
		sections,
		page: lines('page', FIELDS.page, raw.page, (key) =>
			key === 'corrections' ? COPY_LIMITS.corrections : COPY_LIMITS.pageLine
		),
		methods: lines('methods', DATE_METHODS, raw.methods, () => COPY_LIMITS.method),
		kinds: lines('kinds', CONFLICT_KINDS, raw.kinds, () => COPY_LIMITS.kind)
	};
	if (problems.length > 0) {
		const byLine = problems.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
		throw new StoryError(byLine.map((p) => ({ file, ...p })));
	}
	return story;
}
