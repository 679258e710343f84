import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPublication } from '../../src/lib/server/publication';

const real = readFileSync('data/publication.yaml', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'publication-'));

/** Loads `text` as if it were data/publication.yaml. */
function load(text: string) {
	const file = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
	writeFileSync(file, text);
	return () => loadPublication(file);
}

describe('data/publication.yaml', () => {
	it('lists every update, oldest first, the first the publication and the last the latest change', () => {
		const publication = loadPublication();
		expect(publication.updates.length).toBeGreaterThan(0);
		expect(publication.updates[0]?.date).toBe(publication.published);
		expect(publication.updates.at(-1)?.date).toBe(publication.modified);
	});

	it('fails on an update that says nothing, or hides a character', () => {
		expect(load(real.replace('what: First published.', "what: ''"))).toThrow(
			'data/publication.yaml, field "updates.0.what": must say what changed'
		);
		expect(load(real.replace('what: First published.', 'what: First \u202Epublished.'))).toThrow(
			/field "updates\.0\.what": contains a bidirectional control character/
		);
	});

	it('fails on an update dated after modified, or out of order, or no real date', () => {
		const last = /- date: (\d{4}-\d{2}-\d{2})\n(?![\s\S]*- date:)/.exec(real)?.[1] ?? '';
		expect(last).not.toBe('');
		expect(load(real.replace(`- date: ${last}`, '- date: 2027-01-01'))).toThrow(
			'data/publication.yaml, field "updates.1.date": is after modified'
		);
		expect(load(real.replace(`- date: ${last}`, '- date: 2026-11-01'))).toThrow(
			'data/publication.yaml, field "updates.1.date": is before the entry above it'
		);
		expect(load(real.replace(`- date: ${last}`, '- date: 2026-02-30'))).toThrow(
			'data/publication.yaml, field "updates.1.date": is not a real calendar date'
		);
	});

	it('fails when the first entry is not the first publication, or modified is not the last', () => {
		expect(load(real.replace(/modified: \S+/, 'modified: 2026-12-31'))).toThrow(
			'data/publication.yaml, field "modified": must be the date of the latest entry in updates'
		);
		expect(load(real.replace(/published: \S+/, 'published: 2026-11-29'))).toThrow(
			'data/publication.yaml, field "updates.0.date": must be the first publication, 2026-11-29'
		);
	});
});
