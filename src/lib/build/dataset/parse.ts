/**
 * Turns the dataset's files into typed records: YAML syntax, then each record against its
 * schema, then the cross-checks. Collects every problem instead of stopping at the first, and
 * skips the cross-checks that depend on a file that did not parse, saying so once.
 */
import { LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { checkDataset, type CheckContext, type ParseGaps } from './checks.ts';
import type { Problem } from '../problems.ts';
import { RECORD_TYPES, type Dataset, type RecordType } from './schema.ts';

/** The raw text of each record file (data/<type>.yaml). */
export type RecordFiles = Record<RecordType, string>;

/**
 * How many copies YAML aliases (`*name`) may make, counted as the `yaml` package counts them
 * (its `maxAliasCount`). The records need none; a nested alias "bomb" would otherwise expand
 * a few lines into billions of values.
 */
const MAX_ALIAS_COUNT = 50;

/** What is not checked while a file does not parse, for the note that says so. */
const SKIPPED_WHILE_UNREADABLE: Record<RecordType, string> = {
	sources: 'the citations in every file, and the window of plausible dates',
	events: 'references to events from figures, countries and conflicts',
	figures: 'references to figures from conflicts, and the figures the charts need',
	countries: 'references to countries from conflicts',
	conflicts: 'nothing else refers to conflicts'
};

function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, index) =>
			typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`
		)
		.join('');
}

function issueProblems(file: string, record: string, issue: z.core.$ZodIssue): Problem[] {
	if (issue.code === 'unrecognized_keys') {
		return issue.keys.map((key) => ({
			file,
			record,
			field: fieldPath([...issue.path, key]),
			message: 'is not a known field'
		}));
	}
	const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
	return [
		{ file, record, field: fieldPath(issue.path), message: missing ? 'is required' : issue.message }
	];
}

const UNREADABLE = Symbol('unreadable');

/** The line of the first alias in `doc`, if any. */
function firstAliasLine(doc: Document, lines: LineCounter): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		}
	});
	return offset === undefined ? undefined : lines.linePos(offset).line;
}

/** The file's YAML as plain data, or `unreadable` with its problems added. */
function readYaml(file: string, text: string, problems: Problem[]): unknown {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	const summary = (error: YAMLError) => ({
		file,
		line: error.linePos?.[0].line,
		message:
			error.message.split('\n', 1)[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.code
	});
	// After one syntax error the parser's later errors mostly follow from it: report the first,
	// and how many more there are.
	const [first, ...more] = doc.errors;
	if (first) {
		const problem = summary(first);
		if (more.length > 0) {
			problem.message += ` (and ${more.length} further syntax error${more.length === 1 ? '' : 's'} after it, most likely caused by this one)`;
		}
		problems.push(problem);
	}
	problems.push(...doc.warnings.map(summary));
	if (first || doc.warnings.length > 0) return UNREADABLE;
	try {
		return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
	} catch (error) {
		const why = error instanceof Error ? error.message : String(error);
		const excessive = /excessive alias count/i.test(why);
		problems.push({
			file,
			line: firstAliasLine(doc, lines),
			message: excessive
				? `its YAML aliases (*name) would expand to more than ${MAX_ALIAS_COUNT} copies; write the records out in full`
				: why
		});
		return UNREADABLE;
	}
}

interface Parsed<T extends RecordType> {
	records: Dataset[T];
	/** False when the file did not parse: none of its records are known. */
	readable: boolean;
	/** Ids of records with schema problems. */
	rejected: Set<string>;
}

function parseRecords<T extends RecordType>(type: T, text: string, problems: Problem[]): Parsed<T> {
	const { file, schema, key } = RECORD_TYPES[type];
	const raw = readYaml(file, text, problems);
	const rejected = new Set<string>();
	if (!Array.isArray(raw)) {
		if (raw !== UNREADABLE) problems.push({ file, message: 'must be a list of records' });
		return { records: [] as Dataset[T], readable: false, rejected };
	}
	const records: unknown[] = [];
	raw.forEach((item: unknown, index) => {
		const ownKey = (item as Record<string, unknown> | null)?.[key];
		const readableKey = typeof ownKey === 'string' && ownKey !== '';
		const record = readableKey ? ownKey : `#${index + 1}`;
		const result = schema.safeParse(item);
		if (result.success) {
			records.push(result.data);
			return;
		}
		if (readableKey) rejected.add(ownKey);
		for (const issue of result.error.issues) problems.push(...issueProblems(file, record, issue));
	});
	return { records: records as Dataset[T], readable: true, rejected };
}

/**
 * Parses and checks the dataset. Records with schema problems are left out of the cross-checks
 * (their problems are already reported, and references to them still resolve); a file that does
 * not parse leaves out every check that depends on it, and `skipped` says which.
 */
export function parseDataset(
	files: RecordFiles,
	context: CheckContext
): { dataset: Dataset; problems: Problem[]; skipped: string[]; gaps: ParseGaps } {
	const problems: Problem[] = [];
	const parsed: { [T in RecordType]: Parsed<T> } = {
		sources: parseRecords('sources', files.sources, problems),
		events: parseRecords('events', files.events, problems),
		figures: parseRecords('figures', files.figures, problems),
		countries: parseRecords('countries', files.countries, problems),
		conflicts: parseRecords('conflicts', files.conflicts, problems)
	};
	const dataset: Dataset = {
		sources: parsed.sources.records,
		events: parsed.events.records,
		figures: parsed.figures.records,
		countries: parsed.countries.records,
		conflicts: parsed.conflicts.records
	};
	const types = Object.keys(RECORD_TYPES) as RecordType[];
	const gaps: ParseGaps = {
		unreadable: new Set(types.filter((type) => !parsed[type].readable)),
		rejected: Object.fromEntries(types.map((type) => [type, parsed[type].rejected]))
	};
	problems.push(...checkDataset(dataset, context, gaps));
	const skipped = [...gaps.unreadable]
		.filter((type) => type !== 'conflicts')
		.map(
			(type) =>
				`Not checked until ${RECORD_TYPES[type].file} parses: ${SKIPPED_WHILE_UNREADABLE[type]}.`
		);
	return { dataset, problems, skipped, gaps };
}
