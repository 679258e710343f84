/**
 * One loader for the site's content: a copy of data/ with one mistake planted in each kind of
 * file is reported in one run, every mistake with its file, and the real data/ loads clean.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSite } from '../../src/lib/build/site';
import { ContentError, formatProblem } from '../../src/lib/build/problems';

const root = mkdtempSync(join(tmpdir(), 'site-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Copies data/ and replaces the first `from` after `after` in `file` with `to`. */
function plant(file: string, from: RegExp, to: string) {
	const path = join(root, file);
	const text = readFileSync(path, 'utf8');
	const at = text.search(from);
	expect(at, `${file}: ${from}`).toBeGreaterThan(0);
	writeFileSync(path, text.replace(from, to));
}

describe('loadSite', () => {
	it('loads the real content clean', () => {
		expect(() => loadSite()).not.toThrow();
	});

	it('reports a mistake in every kind of file at once, each with its file', () => {
		cpSync('data', root, { recursive: true });
		plant('events.yaml', /\n {2}date: \d{4}-\d{2}-\d{2}\n/, '\n  date: 2023-02-30\n');
		plant('story.aml', /\nheadline: /, '\nheadline: {figure:planted-nowhere} ');
		plant('charts.aml', /\ntitle: /, '\ntitel: Planted\ntitle: ');
		plant('fields.aml', /\nactor: /, '\nactors: ');
		plant('publication.yaml', /\nmodified: \d{4}/, '\nmodified: 1999');
		plant('interface.aml', /\nskip-link: /, '\nskip-lnk: ');

		let error: unknown;
		try {
			loadSite(root);
		} catch (thrown) {
			error = thrown;
		}
		expect(error).toBeInstanceOf(ContentError);
		const problems = (error as ContentError).problems.map(formatProblem);
		const files = new Set((error as ContentError).problems.map((p) => p.file));
		for (const file of [
			'data/events.yaml',
			'data/story.aml',
			'data/charts.aml',
			'data/fields.aml',
			'data/publication.yaml',
			'data/interface.aml'
		]) {
			expect(files, `${file} in:\n${problems.join('\n')}`).toContain(file);
		}
		expect(problems).toContainEqual(expect.stringContaining('is not a real calendar date'));
		expect(problems).toContainEqual(expect.stringContaining('unknown figure "planted-nowhere"'));
		expect(problems).toContainEqual(expect.stringContaining('"titel": is not a known field'));
		expect(problems).toContainEqual(expect.stringContaining('describes "actors"'));
		expect(problems).toContainEqual(
			expect.stringMatching(/data\/publication\.yaml, line \d+, field "modified"/)
		);
		expect(problems).toContainEqual(expect.stringContaining('"skip-lnk": is not a field'));
	});
});
