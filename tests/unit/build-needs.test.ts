/**
 * A build that cannot make its pictures fails, loudly (issue 23): without Chromium (or with
 * CHROMIUM_PATH mistyped) or without pdftocairo, `npm run build` stops before building
 * (scripts/build-needs.js) and the picture step refuses too (scripts/pictures.js, run on its
 * own), each with one message saying what is missing and how to get it, and exit status 1.
 * The picture step removes the build it could not complete, internal pages and all, so nothing
 * half made is served or deployed. (Before: exit 0 after one warning, no images/, no cards, the
 * /cards/ and /pictures/ pages left in build/.)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each test starts Node processes, slow on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const work = mkdtempSync(join(tmpdir(), 'build-needs-'));
/** A PATH with node on it and nothing else: no pdftocairo. */
const bare = join(work, 'bin');

beforeAll(() => {
	mkdirSync(bare);
	symlinkSync(process.execPath, join(bare, 'node'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(script: string, env: Record<string, string>) {
	const result = spawnSync(process.execPath, [script], {
		env: { ...process.env, SITE_URL: '', ...env },
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: result.status, err: result.stderr, out: result.stdout };
}

/** A build as `vite build` leaves it, before its pictures: pages to photograph included. */
function unfinishedBuild(): string {
	const dir = mkdtempSync(join(work, 'build-'));
	for (const path of ['index.html', 'cards/story/index.html', 'pictures/timeline/index.html']) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), '<!doctype html>');
	}
	mkdirSync(join(dir, '_app'));
	return dir;
}

const NO_CHROMIUM = { CHROMIUM_PATH: '/nowhere/chromium' };

describe('npm run build, before building (build-needs.js)', () => {
	it('without Chromium: one message naming CHROMIUM_PATH and how to install one, exit 1', () => {
		const { code, err } = run('scripts/build-needs.js', NO_CHROMIUM);
		expect(code).toBe(1);
		expect(err).toContain('CHROMIUM_PATH is set to /nowhere/chromium, which does not exist');
		expect(err).toContain('apt-get install chromium');
		expect(err).toContain('Nothing was built.');
		expect(err).not.toContain('pdftocairo');
		expect(err).not.toMatch(/\n\s+at /);
	});

	it('without pdftocairo: one message naming poppler-utils, exit 1', () => {
		const { code, err } = run('scripts/build-needs.js', { PATH: bare });
		expect(code).toBe(1);
		expect(err).toContain('pdftocairo');
		expect(err).toContain('apt-get install poppler-utils');
		expect(err).not.toContain('CHROMIUM_PATH is set');
	});

	it('without both: both, in the same one message', () => {
		const { code, err } = run('scripts/build-needs.js', { ...NO_CHROMIUM, PATH: bare });
		expect(code).toBe(1);
		expect(err.match(/^ {2}- /gm)).toHaveLength(2);
		expect(err.match(/The build cannot make its pictures/g)).toHaveLength(1);
	});

	it('with both: goes on, saying loudly that a build without SITE_URL is a local one', () => {
		const { code, err } = run('scripts/build-needs.js', {});
		expect(code).toBe(0);
		expect(err).toContain('LOCAL BUILD for http://localhost:4173/');
		expect(run('scripts/build-needs.js', { SITE_URL: 'https://example.org/' }).err).toBe('');
	});
});

describe('the picture step (pictures.js) on a build it cannot finish', () => {
	it.each([
		['without Chromium', NO_CHROMIUM, 'apt-get install chromium'],
		['without pdftocairo', { PATH: bare }, 'apt-get install poppler-utils']
	])('%s: fails, says how to fix it, and leaves no half-made build', (_, env, how) => {
		const dir = unfinishedBuild();
		const { code, err, out } = run('scripts/pictures.js', { ...env, BUILD_DIR: dir });
		expect(code).toBe(1);
		expect(err).toContain(how);
		expect(err).toContain(`${dir} was removed`);
		expect(out).not.toContain('Rendered');
		expect(existsSync(join(dir, 'cards', 'story'))).toBe(false);
		expect(existsSync(join(dir, 'pictures'))).toBe(false);
		expect(existsSync(join(dir, 'index.html'))).toBe(false);
	});
});
