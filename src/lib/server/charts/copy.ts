/**
 * The words each chart shows, from data/charts.aml (ArchieML): title, one-sentence summary,
 * full description, note, each state's stepper label and text alternative, and the chart's
 * own small words. Dataset placeholders are resolved as in the story; a few chart-computed
 * values ({count}, {span}, {months}, {bound}) are filled by the chart's builder. Build-time only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import archieml from 'archieml';
import { z } from 'zod';
import {
	CHART_NAMES,
	CHART_STATES,
	type ChartMeta,
	type ChartName,
	type SourceCredit
} from '../../charts/chart.ts';
import type { Dataset } from '../../data/schema.ts';
import { resolvePlaceholders } from '../../story/copy.ts';

const FILE = 'data/charts.aml';

/** The values each chart computes and may write into its words. */
const LOCALS = {
	timeline: ['count', 'span', 'months'],
	revenue: ['bound'],
	'controls-map': []
} as const satisfies Record<ChartName, readonly string[]>;

const text = z.string().trim().min(1);
const framing = {
	title: text,
	summary: text,
	description: text,
	note: text,
	states: z.array(z.strictObject({ id: text, label: text, alt: text }))
};
const SCHEMAS = {
	timeline: z.strictObject({
		...framing,
		'lane-allies': text,
		'lane-micron': text,
		'lane-china': text,
		group: text,
		'group-when': text,
		gap: text,
		'legend-month': text,
		'legend-approximate': text,
		'legend-record': text,
		'legend-gap': text
	}),
	revenue: z.strictObject({
		...framing,
		whole: text,
		china: text,
		loss: text,
		'china-end': text,
		'loss-end': text,
		axis: text
	}),
	'controls-map': z.strictObject({
		...framing,
		'role-controls-on-china': text,
		'role-reviewed-and-banned-micron': text,
		'role-alternative-supplier': text,
		'role-g7-partner': text,
		g7: text,
		'g7-detail': text,
		'short-USA': text,
		'short-KOR': text,
		'short-NLD': text,
		'short-G7': text
	})
} satisfies Record<ChartName, z.ZodType>;

type Raw<N extends ChartName> = z.infer<(typeof SCHEMAS)[N]>;

export interface ChartCopy<N extends ChartName> {
	/** A field's words, with the chart's computed values filled in. */
	text(field: keyof Raw<N> & string, values?: Record<string, string | number>): string;
	/** The chart's framing, with the sources and data files its builder found. */
	meta(
		sources: SourceCredit[],
		dataFiles: string[],
		values?: Record<string, string | number>
	): ChartMeta;
}

export type ChartCopies = { [N in ChartName]: ChartCopy<N> };

/**
 * An error in data/charts.aml, with the line it is on: the first `needle` after `after` (a
 * chart's block), past the file's header notes.
 */
export class ChartCopyError extends Error {
	constructor(source: string, needle: string | null, message: string, after = ':endskip') {
		const from = Math.max(0, source.indexOf(after));
		const at = needle === null ? -1 : source.indexOf(needle, from);
		const line = at < 0 ? '' : `, line ${source.slice(0, at).split('\n').length}`;
		super(`${FILE}${line}: ${message}`);
		this.name = 'ChartCopyError';
	}
}

/** Reads and checks data/charts.aml against the dataset. */
export function loadChartCopy(dataset: Dataset, file = resolve(FILE)): ChartCopies {
	return parseChartCopy(readFileSync(file, 'utf8'), dataset);
}

export function parseChartCopy(source: string, dataset: Dataset): ChartCopies {
	const raw = archieml.load(source) as Record<string, unknown>;
	const entries = CHART_NAMES.map((name) => [name, chartCopyOf(name, raw[name], source, dataset)]);
	for (const key of Object.keys(raw)) {
		if (!(CHART_NAMES as readonly string[]).includes(key)) {
			throw new ChartCopyError(
				source,
				`{${key}}`,
				`unknown chart "${key}" (charts: ${CHART_NAMES.join(', ')})`
			);
		}
	}
	return Object.fromEntries(entries) as ChartCopies;
}

function chartCopyOf<N extends ChartName>(
	name: N,
	value: unknown,
	source: string,
	dataset: Dataset
): ChartCopy<N> {
	if (value === undefined) throw new ChartCopyError(source, null, `no {${name}} block`);
	const block = `{${name}}`;
	const fail = (needle: string | null, message: string): never => {
		throw new ChartCopyError(source, needle, message, block);
	};
	const parsed = SCHEMAS[name].safeParse(value);
	if (!parsed.success) {
		// An unknown field first: it is most often a known one misspelt, reported missing too.
		const issues = parsed.error.issues;
		const unknown = issues.find((i) => i.code === 'unrecognized_keys');
		if (unknown?.code === 'unrecognized_keys') {
			const field = unknown.keys[0] ?? '';
			fail(`${field}:`, `${block} field "${field}": is not a known field`);
		}
		const field = issues[0]?.path.join('.') ?? '';
		fail(block, `${block} field "${field}": is required, as a line of words`);
	}
	const raw = parsed.data as Raw<N>;
	const ids = raw.states.map((s) => s.id);
	const expected = CHART_STATES[name] as readonly string[];
	if (ids.join() !== expected.join()) {
		fail(
			block,
			`${block} must describe the states ${expected.join(', ')}, in that order (found ${ids.join(', ')})`
		);
	}
	const locals: readonly string[] = LOCALS[name];
	/** Dataset placeholders resolved; the chart's own left for `fill`. */
	const resolveText = (value: string) => {
		const protectedText = value.replace(/\{([a-z]+)\}/g, (token, local: string) =>
			locals.includes(local) ? `\uE000${local}\uE000` : token
		);
		return resolvePlaceholders(protectedText, dataset, (token, why) =>
			fail(token, `${why} in placeholder ${token}`)
		).replace(/\uE000([a-z]+)\uE000/g, '{$1}');
	};
	const fill = (value: string, values: Record<string, string | number> = {}) => {
		const filled = value.replace(/\{([a-z]+)\}/g, (token, local: string) =>
			local in values ? String(values[local]) : token
		);
		const left = /\{[a-z]+\}/.exec(filled);
		if (left)
			throw new ChartCopyError(source, left[0], `the ${name} chart gives no value for ${left[0]}`);
		return filled;
	};
	const resolved = Object.fromEntries(
		Object.entries(raw).map(([key, v]) => [
			key,
			typeof v === 'string'
				? resolveText(v)
				: (v as Raw<N>['states']).map((s) => ({
						...s,
						label: resolveText(s.label),
						alt: resolveText(s.alt)
					}))
		])
	) as Raw<N>;
	return {
		text: (field, values) => fill(resolved[field] as string, values),
		meta: (sources, dataFiles, values) => ({
			name,
			title: fill(resolved.title, values),
			summary: fill(resolved.summary, values),
			description: fill(resolved.description, values),
			note: fill(resolved.note, values),
			states: resolved.states.map((s) => ({ id: s.id, label: s.label, alt: fill(s.alt, values) })),
			sources,
			dataFiles
		})
	};
}
