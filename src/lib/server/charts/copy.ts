/**
 * The words each chart shows, from data/charts.aml (ArchieML): title, one-sentence summary,
 * full description, note, each state's stepper label and text alternative, and the chart's
 * own small words. Dataset placeholders are resolved as in the story; a few chart-computed
 * values ({count}, {span}, {months}, {bound}) are filled by the chart's builder. Build-time only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
	CHART_NAMES,
	CHART_STATES,
	type ChartMeta,
	type ChartName,
	type SourceCredit
} from '../../charts/chart.ts';
import { copiedRunMessage, copiedRuns, type Articles } from '../../data/own-words.ts';
import type { Dataset } from '../../data/schema.ts';
import { resolvePlaceholders } from '../../story/copy.ts';
import { loadTagged, type Path, type TaggedCopy } from '../../story/copy-lines.ts';
import { readDataFiles } from '../dataset.ts';

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

/** An error in data/charts.aml, with the line it is on where there is one. */
export class ChartCopyError extends Error {
	constructor(line: number | undefined, message: string) {
		super(`${FILE}${line === undefined ? '' : `, line ${line}`}: ${message}`);
		this.name = 'ChartCopyError';
	}
}

/** Reads and checks data/charts.aml against the dataset and, for our own words, the articles. */
export function loadChartCopy(dataset: Dataset, file = resolve(FILE)): ChartCopies {
	return parseChartCopy(readFileSync(file, 'utf8'), dataset, readDataFiles().articles);
}

/**
 * Given the articles' texts (by id), it also fails on a run of eight or more of their words
 * outside quotation marks (own-words.ts), naming the line and the run.
 */
export function parseChartCopy(source: string, dataset: Dataset, articles?: Articles): ChartCopies {
	// Read with line numbers (as the story is): every error names its line, and a line ArchieML
	// would drop in silence stops the build instead.
	const copy = loadTagged(source);
	const [dropped] = copy.dropped;
	if (dropped !== undefined) {
		const key = copy.keyOn(dropped);
		throw new ChartCopyError(
			dropped,
			key
				? `this "${key}:" is dropped, because a later "${key}:" in the same block replaces it`
				: 'this line is in no field, so ArchieML drops it: a field is one line, or ends with ":end"'
		);
	}
	const raw = copy.data as Record<string, unknown>;
	const entries = CHART_NAMES.map((name) => [
		name,
		chartCopyOf(name, raw[name], copy, dataset, articles)
	]);
	for (const key of Object.keys(raw)) {
		if (!(CHART_NAMES as readonly string[]).includes(key)) {
			throw new ChartCopyError(
				copy.lineOf([key]),
				`unknown chart "${key}" (charts: ${CHART_NAMES.join(', ')})`
			);
		}
	}
	return Object.fromEntries(entries) as ChartCopies;
}

function chartCopyOf<N extends ChartName>(
	name: N,
	value: unknown,
	copy: TaggedCopy,
	dataset: Dataset,
	articles?: Articles
): ChartCopy<N> {
	if (value === undefined) throw new ChartCopyError(undefined, `no {${name}} block`);
	const block = `{${name}}`;
	/** Fails at the line of a field (its path inside the chart's block), or of `needle` in it. */
	const fail = (path: Path, message: string, needle?: string): never => {
		const at = [name, ...path];
		throw new ChartCopyError(needle ? copy.lineIn(at, needle) : copy.lineOf(at), message);
	};
	const parsed = SCHEMAS[name].safeParse(value);
	if (!parsed.success) {
		// An unknown field first: it is most often a known one misspelt, reported missing too.
		const issues = parsed.error.issues;
		const unknown = issues.find((i) => i.code === 'unrecognized_keys');
		if (unknown?.code === 'unrecognized_keys') {
			const field = unknown.keys[0] ?? '';
			fail([field], `${block} field "${field}": is not a known field`);
		}
		const field = issues[0]?.path.join('.') ?? '';
		fail([], `${block} field "${field}": is required, as a line of words`);
	}
	const raw = parsed.data as Raw<N>;
	const ids = raw.states.map((s) => s.id);
	const expected = CHART_STATES[name] as readonly string[];
	if (ids.join() !== expected.join()) {
		fail(
			['states'],
			`${block} must describe the states ${expected.join(', ')}, in that order (found ${ids.join(', ')})`
		);
	}
	const locals: readonly string[] = LOCALS[name];
	/** Dataset placeholders resolved; the chart's own left for `fill`. */
	const resolveText = (value: string, path: Path) => {
		const protectedText = value.replace(/\{([a-z]+)\}/g, (token, local: string) =>
			locals.includes(local) ? `\uE000${local}\uE000` : token
		);
		const resolved = resolvePlaceholders(protectedText, dataset, (token, why) =>
			fail(path, `${why} in placeholder ${token}`, token)
		).replace(/\uE000([a-z]+)\uE000/g, '{$1}');
		const [run] = articles ? copiedRuns(resolved, articles) : [];
		if (run) {
			fail(path, `${block} ${copiedRunMessage(run)}`, run.run.split(/\s+/).slice(0, 3).join(' '));
		}
		return resolved;
	};
	const fill = (value: string, path: Path, values: Record<string, string | number> = {}) => {
		const filled = value.replace(/\{([a-z]+)\}/g, (token, local: string) =>
			local in values ? String(values[local]) : token
		);
		const left = /\{[a-z]+\}/.exec(filled)?.[0];
		if (left) fail(path, `the ${name} chart gives no value for ${left}`, left);
		return filled;
	};
	const resolved = Object.fromEntries(
		Object.entries(raw).map(([key, v]) => [
			key,
			typeof v === 'string'
				? resolveText(v, [key])
				: (v as Raw<N>['states']).map((s, i) => ({
						...s,
						label: resolveText(s.label, [key, i, 'label']),
						alt: resolveText(s.alt, [key, i, 'alt'])
					}))
		])
	) as Raw<N>;
	return {
		text: (field, values) => fill(resolved[field] as string, [field], values),
		meta: (sources, dataFiles, values) => ({
			name,
			title: fill(resolved.title, ['title'], values),
			summary: fill(resolved.summary, ['summary'], values),
			description: fill(resolved.description, ['description'], values),
			note: fill(resolved.note, ['note'], values),
			states: resolved.states.map((s, i) => ({
				id: s.id,
				label: s.label,
				alt: fill(s.alt, ['states', i, 'alt'], values)
			})),
			sources,
			dataFiles
		})
	};
}
