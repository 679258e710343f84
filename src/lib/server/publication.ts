/**
 * The publication's details, from data/publication.yaml: the explainer's name, its publisher and
 * its dates. Checked at build time; a wrong value stops the build naming the file and field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { isRealDate } from '../data/dates.ts';

const FILE = 'data/publication.yaml';
const day = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')
	.refine(isRealDate, 'is not a real calendar date');

const schema = z
	.strictObject({
		name: z.string().trim().min(1).max(100),
		publisher: z.string().trim().min(1).max(100),
		published: day,
		modified: day
	})
	.refine((p) => p.modified >= p.published, {
		path: ['modified'],
		message: 'must not be before published'
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
