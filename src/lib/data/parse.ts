/**
 * Turns the dataset's files into typed records: YAML syntax, then each record against its
 * schema, then the cross-checks. Collects every problem instead of stopping at the first.
 */
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { checkDataset, type CheckContext } from './checks.ts';
import type { Problem } from './problems.ts';
import { RECORD_TYPES, type Dataset, type RecordType } from './schema.ts';

/** The raw text of each record file (data/<type>.yaml). */
export type RecordFiles = Record<RecordType, string>;

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

function parseRecords<T extends RecordType>(
	type: T,
	text: string,
	problems: Problem[]
): Dataset[T] {
	const { file, schema, key } = RECORD_TYPES[type];
	const doc = parseDocument(text);
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const line = error.linePos?.[0].line;
			const summary = error.message.split('\n', 1)[0]?.replace(/ at line \d+, column \d+:?$/, '');
			problems.push({ file, message: `${line ? `line ${line}: ` : ''}${summary}` });
		}
		return [] as Dataset[T];
	}
	const raw: unknown = doc.toJS();
	if (!Array.isArray(raw)) {
		problems.push({ file, message: 'must be a list of records' });
		return [] as Dataset[T];
	}
	const records: unknown[] = [];
	raw.forEach((item: unknown, index) => {
		const ownKey = (item as Record<string, unknown> | null)?.[key];
		const record = typeof ownKey === 'string' && ownKey ? ownKey : `#${index + 1}`;
		const result = schema.safeParse(item);
		if (result.success) records.push(result.data);
		else
			for (const issue of result.error.issues) problems.push(...issueProblems(file, record, issue));
	});
	return records as Dataset[T];
}

/**
 * Parses and checks the dataset. Records with schema problems are left out of the cross-checks
 * (their problems are already reported); everything else is checked in full.
 */
export function parseDataset(
	files: RecordFiles,
	context: CheckContext
): { dataset: Dataset; problems: Problem[] } {
	const problems: Problem[] = [];
	const dataset: Dataset = {
		sources: parseRecords('sources', files.sources, problems),
		events: parseRecords('events', files.events, problems),
		figures: parseRecords('figures', files.figures, problems),
		countries: parseRecords('countries', files.countries, problems),
		conflicts: parseRecords('conflicts', files.conflicts, problems)
	};
	problems.push(...checkDataset(dataset, context));
	return { dataset, problems };
}
