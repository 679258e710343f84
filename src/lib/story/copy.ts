/**
 * The story's words, from data/story.aml (ArchieML): parsed, checked and resolved at build time.
 * Numbers and dates are placeholders for dataset values, so the text and the charts cannot
 * disagree: {event:ID.date}, {figure:ID}, {count:events}, {count:sources}, {count:role.ROLE}.
 * Anything unknown fails the build with the line it is on.
 */
import archieml from 'archieml';
import { z } from 'zod';
import { CHART_NAMES, type ChartName } from '../charts/chart.ts';
import { CHART_STATES } from '../charts/registry.ts';
import type { Dataset } from '../data/schema.ts';
import { formatCount, formatDate, formatFigure } from '../format.ts';

import { SECTION_IDS, type SectionId } from './sections.ts';

export { SECTION_IDS, type SectionId };

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

export interface Story {
	headline: string;
	dek: string;
	dateline: string;
	byline: string;
	sections: StorySection[];
}

const rawSchema = z.object({
	headline: z.string().min(1),
	dek: z.string().min(1),
	dateline: z.string().min(1),
	byline: z.string().min(1),
	sections: z.array(
		z.object({
			id: z.string(),
			title: z.string().min(1),
			body: z.array(z.object({ type: z.string(), value: z.string() })).default([]),
			steps: z
				.array(
					z.object({
						id: z.string().regex(/^[a-z0-9-]+$/),
						state: z.string(),
						text: z.string().min(1)
					})
				)
				.default([])
		})
	)
});

/** An error in the copy file, with the line it is on. */
export class StoryError extends Error {
	constructor(file: string, line: number | null, message: string) {
		super(`${file}${line ? `, line ${line}` : ''}: ${message}`);
		this.name = 'StoryError';
	}
}

const PLACEHOLDER = /\{([a-z]+):([a-z0-9-]+)(?:\.([a-z0-9-]+))?\}/g;

/** 1-based line of the first occurrence of `needle` after the skipped header, or null. */
function lineOf(text: string, needle: string): number | null {
	const start = text.indexOf(':endskip');
	const at = text.indexOf(needle, start < 0 ? 0 : start);
	return at < 0 ? null : text.slice(0, at).split('\n').length;
}

/** Replaces every placeholder with its dataset value; throws on one it cannot resolve. */
export function resolvePlaceholders(
	value: string,
	dataset: Dataset,
	fail: (token: string, why: string) => never
): string {
	const resolved = value.replace(PLACEHOLDER, (token, kind: string, id: string, field?: string) => {
		if (kind === 'event') {
			const event = dataset.events.find((e) => e.id === id);
			if (!event) return fail(token, `unknown event "${id}"`);
			if (field !== 'date') return fail(token, `events offer only .date, not ".${field ?? ''}"`);
			return formatDate(event.date, event.datePrecision);
		}
		if (kind === 'figure') {
			const figure = dataset.figures.find((f) => f.id === id);
			if (!figure) return fail(token, `unknown figure "${id}"`);
			if (field) return fail(token, `figures take no field, not ".${field}"`);
			return formatFigure(figure);
		}
		if (kind === 'count') {
			if (id === 'events' && !field) return formatCount(dataset.events.length);
			if (id === 'sources' && !field) return formatCount(dataset.sources.length);
			if (id === 'role' && field) {
				const count = dataset.countries.filter((c) => c.role === field).length;
				if (count === 0) return fail(token, `no country has the role "${field}"`);
				return formatCount(count);
			}
		}
		return fail(token, `unknown placeholder`);
	});
	const stray = /\{[^{}\s]*\}/.exec(resolved);
	if (stray) return fail(stray[0], 'unrecognised placeholder');
	return resolved;
}

export function parseStory(text: string, dataset: Dataset, file = 'data/story.aml'): Story {
	const parsed = rawSchema.safeParse(archieml.load(text));
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new StoryError(
			file,
			null,
			`${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`
		);
	}
	const raw = parsed.data;
	const resolve = (value: string) =>
		resolvePlaceholders(value, dataset, (token, why) => {
			const where = why === 'unrecognised placeholder' ? why : `${why} in placeholder`;
			throw new StoryError(file, lineOf(text, token), `${where} ${token}`);
		});

	const ids = raw.sections.map((s) => s.id);
	SECTION_IDS.forEach((expected, index) => {
		if (ids[index] !== expected) {
			const found = ids[index];
			throw new StoryError(
				file,
				found === undefined ? null : lineOf(text, `id: ${found}`),
				`section ${index + 1} must be "${expected}"${found === undefined ? '' : `, not "${found}"`} (sections: ${SECTION_IDS.join(', ')})`
			);
		}
	});
	if (ids.length > SECTION_IDS.length) {
		const extra = ids[SECTION_IDS.length] ?? '';
		throw new StoryError(file, lineOf(text, `id: ${extra}`), `unknown section "${extra}"`);
	}

	const sections = raw.sections.map((section): StorySection => {
		const id = section.id as SectionId;
		const chart = (CHART_NAMES as readonly string[]).includes(id) ? (id as ChartName) : null;
		const states = chart ? CHART_STATES[chart].map((s) => s.id) : [];
		if (chart && section.steps.length === 0) {
			throw new StoryError(
				file,
				lineOf(text, `id: ${id}`),
				`section "${id}" needs steps for its chart`
			);
		}
		if (!chart && section.steps.length > 0) {
			throw new StoryError(
				file,
				lineOf(text, `id: ${id}`),
				`section "${id}" has no chart, so no steps`
			);
		}
		const seen = new Set<string>();
		const steps = section.steps.map((step) => {
			if (!states.includes(step.state)) {
				throw new StoryError(
					file,
					lineOf(text, `state: ${step.state}`),
					`unknown state "${step.state}" for the ${id} chart (states: ${states.join(', ')})`
				);
			}
			if (seen.has(step.id)) {
				throw new StoryError(
					file,
					lineOf(text, `id: ${step.id}`),
					`duplicate step "${step.id}" in "${id}"`
				);
			}
			seen.add(step.id);
			return { id: `${id}-${step.id}`, state: step.state, text: resolve(step.text) };
		});
		return {
			id,
			title: section.title,
			paragraphs: section.body.filter((b) => b.type === 'text').map((b) => resolve(b.value)),
			chart,
			steps
		};
	});

	return {
		headline: raw.headline,
		dek: resolve(raw.dek),
		dateline: resolve(raw.dateline),
		byline: resolve(raw.byline),
		sections
	};
}
