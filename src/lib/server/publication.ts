/**
 * The publication's details, from data/publication.yaml: the explainer's name, its publisher, its
 * dates and the list of its updates. Checked at build time; a wrong value stops the build naming
 * the file and field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isRealDate } from '../data/dates.ts';
import { unreadable } from '../data/text.ts';

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

let cached: Publication | undefined;

export function loadPublication(file = resolve(FILE)): Publication {
	if (cached && file === resolve(FILE)) return cached;
	// Dates stay strings: the YAML core schema would read them as timestamps.
	const raw: unknown = parse(readFileSync(file, 'utf8'), { schema: 'failsafe' });
	const result = schema.safeParse(raw);
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(
			`${FILE}, field "${issue?.path.join('.') ?? ''}": ${issue?.message ?? 'invalid'}`
		);
	}
	if (file === resolve(FILE)) cached = result.data;
	return result.data;
}
