import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePublication } from '../../src/lib/build/copy/publication';
import { formatProblem } from '../../src/lib/build/problems';

const real = readFileSync('data/publication.yaml', 'utf8');

/** The problems of `text`, read as data/publication.yaml, as the build prints them. */
const problemsOf = (text: string) => parsePublication(text).problems.map(formatProblem);

describe('data/publication.yaml', () => {
	it('lists every update, oldest first, the first the publication and the last the latest change', () => {
		const { publication, problems } = parsePublication(real);
		expect(problems).toEqual([]);
		if (!publication) throw new Error('no publication');
		expect(publication.updates.length).toBeGreaterThan(0);
		expect(publication.updates[0]?.date).toBe(publication.published);
		expect(publication.updates.at(-1)?.date).toBe(publication.modified);
	});

	it('fails on an update that says nothing, or hides a character', () => {
		expect(problemsOf(real.replace('what: First published.', "what: ''"))).toContainEqual(
			expect.stringContaining('field "updates.0.what": must say what changed')
		);
		expect(
			problemsOf(real.replace('what: First published.', 'what: First \u202Epublished.'))
		).toContainEqual(
			expect.stringMatching(/field "updates\.0\.what": contains a bidirectional control character/)
		);
	});

	it('fails on an update dated after modified, or out of order, or no real date', () => {
		const last = /- date: (\d{4}-\d{2}-\d{2})\n(?![\s\S]*- date:)/.exec(real)?.[1] ?? '';
		expect(last).not.toBe('');
		expect(problemsOf(real.replace(`- date: ${last}`, '- date: 2027-01-01'))).toContainEqual(
			expect.stringContaining('field "updates.1.date": is after modified')
		);
		expect(problemsOf(real.replace(`- date: ${last}`, '- date: 2026-11-01'))).toContainEqual(
			expect.stringContaining('field "updates.1.date": is before the entry above it')
		);
		expect(problemsOf(real.replace(`- date: ${last}`, '- date: 2026-02-30'))).toContainEqual(
			expect.stringContaining('field "updates.1.date": is not a real calendar date')
		);
	});

	it('fails when the first entry is not the first publication, or modified is not the last', () => {
		expect(problemsOf(real.replace(/modified: \S+/, 'modified: 2026-12-31'))).toContainEqual(
			expect.stringContaining('field "modified": must be the date of the latest entry in updates')
		);
		expect(problemsOf(real.replace(/published: \S+/, 'published: 2026-11-29'))).toContainEqual(
			expect.stringContaining('field "updates.0.date": must be the first publication, 2026-11-29')
		);
	});
});
