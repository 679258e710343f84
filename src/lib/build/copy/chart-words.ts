/**
 * The words each chart shows, from data/charts.aml (ArchieML): its title, one-sentence summary,
 * full description, note, each state's stepper label and text alternative, and the fields its
 * own definition asks for (`words` in charts/<name>/index.ts). Dataset placeholders resolve as in
 * the story; a few values the chart computes ({count}, {bound}...) are filled in by its build.
 * Every problem is collected, by line and field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { ChartMeta, SourceCredit } from '../../charts/chart.ts';
import { copiedRunMessage, copiedRuns, type Articles } from './own-words.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { Problem } from '../problems.ts';
import { droppedLines, loadTagged, type Path, type TaggedCopy } from './lines.ts';
import { resolvePlaceholders, type Unresolved } from './placeholders.ts';

const FILE = 'data/charts.aml';

/** What the words loader needs to know of a chart: its name, states and own fields. */
export interface WordsSpec {
	name: string;
	states: readonly string[];
	keyState: string;
	embedHeight: number;
	/** Its own fields in charts.aml, beyond the framing every chart has: each a line of words. */
	words: readonly string[];
	/** Values the chart computes and writes into its words, written `{name}`. */
	locals?: readonly string[];
}

export interface ChartWords<Field extends string = string> {
	/** A field's words, with the chart's computed values filled in. */
	text(field: Field, values?: Record<string, string | number>): string;
	/** The chart's framing, with the sources and data files its build found. */
	meta(
		sources: SourceCredit[],
		dataFiles: string[],
		values?: Record<string, string | number>
	): ChartMeta;
}

const text = z.string().trim().min(1);
const FRAMING = ['title', 'summary', 'description', 'note'] as const;

function schemaOf(spec: WordsSpec) {
	return z.strictObject({
		...Object.fromEntries([...FRAMING, ...spec.words].map((field) => [field, text])),
		states: z.array(z.strictObject({ id: text, label: text, alt: text }))
	});
}

interface StateWords {
	id: string;
	label: string;
	alt: string;
}
/** A chart's block: its fields' words, and its states'. */
type Raw = Record<string, string | StateWords[]> & { states: StateWords[] };

const wordsOf = (raw: Raw, field: string) => {
	const value = raw[field];
	return typeof value === 'string' ? value : '';
};

/** Reads and checks data/charts.aml for the given charts. */
export function loadChartWords(
	dataset: Dataset,
	charts: readonly WordsSpec[],
	checks: Pick<Reading, 'unresolvable' | 'articles'> = {},
	file = resolve(FILE)
) {
	return parseChartWords(readFileSync(file, 'utf8'), dataset, charts, checks);
}

/**
 * Given the articles' texts, a run of eight or more of their words outside quotation marks is a
 * problem too, named with its line and the run.
 */
export function parseChartWords(
	source: string,
	dataset: Dataset,
	charts: readonly WordsSpec[],
	{ unresolvable, articles }: Pick<Reading, 'unresolvable' | 'articles'> = {}
): { words: Record<string, ChartWords>; problems: Problem[] } {
	// Read with line numbers (as the story is): every problem names its line, and a line ArchieML
	// would drop in silence is one.
	const copy = loadTagged(source);
	const problems: Problem[] = droppedLines(copy, FILE);
	const raw = copy.data as Record<string, unknown>;
	const names = charts.map((c) => c.name);
	for (const key of Object.keys(raw).filter((k) => !names.includes(k))) {
		problems.push({
			file: FILE,
			line: copy.lineOf([key]),
			message: `unknown chart "${key}" (charts: ${names.join(', ')})`
		});
	}
	const words = Object.fromEntries(
		charts.map((spec) => [
			spec.name,
			chartWordsOf(spec, raw[spec.name], { copy, dataset, problems, unresolvable, articles })
		])
	);
	return { words, problems };
}

interface Reading {
	copy: TaggedCopy;
	dataset: Dataset;
	problems: Problem[];
	unresolvable?: Unresolved;
	articles?: Articles;
}

function chartWordsOf(spec: WordsSpec, value: unknown, reading: Reading): ChartWords {
	const { copy, problems } = reading;
	const { name } = spec;
	const block = `{${name}}`;
	/** Records a problem at the line of a field (its path in the block), or of `needle` in it. */
	const report = (path: Path, message: string, needle?: string) => {
		const at = [name, ...path];
		// A missing field has no line of its own: the chart's block has.
		const line = (needle ? copy.lineIn(at, needle) : copy.lineOf(at)) ?? copy.lineOf([name]);
		problems.push({ file: FILE, line, field: path.join('.') || undefined, message });
	};
	const raw = readRaw(spec, value, report);
	const resolveText = textResolver(spec, reading, report);
	const fill = (words: string, path: Path, values: Record<string, string | number> = {}) =>
		words.replace(/\{([a-z]+)\}/g, (token, local: string) => {
			if (local in values) return String(values[local]);
			report(path, `${block}: the ${name} chart gives no value for ${token}`, token);
			return token;
		});
	const resolved: Raw = Object.fromEntries(
		Object.entries(raw).map(([key, v]) => [
			key,
			typeof v === 'string'
				? resolveText(v, [key])
				: (v as StateWords[]).map((s, i) => ({
						...s,
						label: resolveText(s.label, [key, i, 'label']),
						alt: resolveText(s.alt, [key, i, 'alt'])
					}))
		])
	) as Raw;
	return {
		text: (field, values) => fill(wordsOf(resolved, field), [field], values),
		meta: (sources, dataFiles, values) => ({
			name,
			keyState: spec.keyState,
			embedHeight: spec.embedHeight,
			...(Object.fromEntries(
				FRAMING.map((field) => [field, fill(wordsOf(resolved, field), [field], values)])
			) as Record<(typeof FRAMING)[number], string>),
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

type Report = (path: Path, message: string, needle?: string) => void;

/**
 * Resolves the dataset's placeholders in a chart's words, and checks them against the articles;
 * the values the chart computes ({count}...) are left for its build to fill.
 */
function textResolver(spec: WordsSpec, reading: Reading, report: Report) {
	const block = `{${spec.name}}`;
	const locals = spec.locals ?? [];
	return (words: string, path: Path) => {
		const kept = words.replace(/\{([a-z]+)\}/g, (token, local: string) =>
			locals.includes(local) ? `\uE000${local}\uE000` : token
		);
		const resolved = resolvePlaceholders(
			kept,
			reading.dataset,
			(token, why) => {
				report(path, `${block}: ${why} in placeholder ${token}`, token);
				return token;
			},
			reading.unresolvable
		).replace(/\uE000([a-z]+)\uE000/g, '{$1}');
		for (const run of reading.articles ? copiedRuns(resolved, reading.articles) : []) {
			const start = run.run.split(/\s+/).slice(0, 3).join(' ');
			report(path, `${block} ${copiedRunMessage(run)}`, start);
		}
		return resolved;
	};
}

/** The chart's block as written, checked against its fields and states; gaps left empty. */
function readRaw(
	spec: WordsSpec,
	value: unknown,
	report: Report
): Raw {
	const block = `{${spec.name}}`;
	const empty = { states: spec.states.map((id) => ({ id, label: '', alt: '' })) } as Raw;
	if (value === undefined) {
		report([], `no ${block} block: the chart's words are missing`);
		return empty;
	}
	const parsed = schemaOf(spec).safeParse(value);
	if (!parsed.success) {
		for (const issue of parsed.error.issues) {
			if (issue.code === 'unrecognized_keys') {
				for (const key of issue.keys) report([key], `${block} field "${key}": is not a known field`);
				continue;
			}
			const path = issue.path.filter((p) => typeof p !== 'symbol');
			report(path, `${block} field "${path.join('.')}": is required, as a line of words`);
		}
		return { ...empty, ...(value as object) } as Raw;
	}
	const raw = parsed.data as Raw;
	const ids = raw.states.map((s) => s.id);
	if (ids.join() !== spec.states.join()) {
		report(
			['states'],
			`${block} must describe the states ${spec.states.join(', ')}, in that order (found ${ids.join(', ')})`
		);
		return { ...raw, states: empty.states };
	}
	return raw;
}
