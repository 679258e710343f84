/**
 * The publication's details, from data/publication.yaml: the explainer's name, its publisher, its
 * dates and the list of its updates. Checked at build time; every wrong value is a problem named by line and field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { isRealDate } from '../dataset/dates.ts';
import { unreadable } from '../dataset/text.ts';
import type { Problem } from '../problems.ts';

const FILE = 'data/publication.yaml';
const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
	.refine(isRealDate, 'is not a real calendar date');

/** What changed, in words a reader sees at the foot of the story. */
const change = z
	.string()
	.trim()
	.min(1, 'must say what changed')
	.max(600, 'must be 600 characters or fewer')
	.superRefine((value, ctx) => {
		const why = unreadable(value);
		if (why) ctx.addIssue({ code: 'custom', message: why });
	});

const schema = z
	.strictObject({
		name: z.string().trim().min(1).max(100),
		publisher: z.string().trim().min(1).max(100),
		published: day,
		modified: day,
		/** Oldest first: the first publication, then every change to what readers see. */
		updates: z.array(z.strictObject({ date: day, what: change })).min(1)
	})
	.refine((p) => p.modified >= p.published, {
		path: ['modified'],
		message: 'must not be before published'
	})
	.superRefine((p, ctx) => {
		const issue = (path: (string | number)[], message: string) =>
			ctx.addIssue({ code: 'custom', path, message });
		if (p.updates[0]?.date !== p.published) {
			issue(['updates', 0, 'date'], `must be the first publication, ${p.published}`);
		}
		p.updates.forEach((update, i) => {
			const before = p.updates[i - 1];
			if (before && update.date < before.date) {
				issue(
					['updates', i, 'date'],
					`is before the entry above it (${before.date}): oldest first`
				);
			}
			if (update.date > p.modified) {
				issue(['updates', i, 'date'], `is after modified (${p.modified})`);
			}
		});
		if (p.updates.at(-1)?.date !== p.modified) {
			issue(['modified'], 'must be the date of the latest entry in updates');
		}
	});

export type Publication = z.infer<typeof schema>;

/** The publication's details, and every problem in the file, each with its line and field. */
export function parsePublication(text: string): {
	publication: Publication | null;
	problems: Problem[];
} {
	const lines = new LineCounter();
	// Dates stay strings: the YAML core schema would read them as timestamps.
	const doc = parseDocument(text, { schema: 'failsafe', lineCounter: lines });
	const lineOf = (path: readonly PropertyKey[]) => {
		const node = doc.getIn(path.filter((p) => typeof p !== 'symbol'), true) as
			| { range?: [number, number, number] }
			| undefined;
		return node?.range ? lines.linePos(node.range[0]).line : undefined;
	};
	if (doc.errors.length > 0) {
		return {
			publication: null,
			problems: doc.errors.map((error) => ({
				file: FILE,
				line: error.linePos?.[0].line,
				message: error.message.split('\n', 1)[0] ?? error.code
			}))
		};
	}
	const result = schema.safeParse(doc.toJS());
	if (result.success) return { publication: result.data, problems: [] };
	return {
		publication: null,
		problems: result.error.issues.map((issue) => {
			const missing = issue.code === 'invalid_type' && /received undefined$/.test(issue.message);
			return {
				file: FILE,
				line: lineOf(issue.path),
				field: issue.path.map(String).join('.') || undefined,
				message: missing ? 'is required' : issue.message
			};
		})
	};
}

export function loadPublication(file = resolve(FILE)) {
	return parsePublication(readFileSync(file, 'utf8'));
}
