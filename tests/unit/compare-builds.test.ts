/** scripts/compare-builds.js (`npm run check:reproducible`): two builds compared file by file. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { compare, hashes, report } from '../../scripts/compare-builds.js';

// Each test starts Node processes, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const work = mkdtempSync(join(tmpdir(), 'compare-builds-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function build(name: string, files: Record<string, string>): string {
	const dir = join(work, name);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

describe('comparing two builds', () => {
	const a = build('a', {
		'index.html': 'x',
		'_app/version.json': '1',
		'images/a.png': 'p',
		'old.js': 'o'
	});
	const b = build('b', {
		'index.html': 'x',
		'_app/version.json': '2',
		'images/a.png': 'p',
		'new.js': 'n'
	});

	it('names every file that differs or is in one build only', () => {
		const result = compare(hashes(a), hashes(b));
		expect(result).toEqual({
			same: 2,
			differ: ['_app/version.json'],
			onlyA: ['old.js'],
			onlyB: ['new.js']
		});
		expect(report(result, ['a', 'b'])).toBe(
			[
				'2 files identical.',
				'1 differ:',
				'  _app/version.json',
				'1 only in a:',
				'  old.js',
				'1 only in b:',
				'  new.js'
			].join('\n')
		);
	});

	it('exits 1 when they differ, 0 when every file is the same', () => {
		const run = (x: string, y: string) =>
			spawnSync(process.execPath, ['scripts/compare-builds.js', x, y], { encoding: 'utf8' });
		expect(run(a, b).status).toBe(1);
		const same = run(a, a);
		expect(same.status).toBe(0);
		expect(same.stdout.trim()).toBe('4 files identical.');
	});
});
