/** `npm run check:deploy` (scripts/check-deploy.js) stops a local or unfinished build from going out. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// Each test starts Node processes, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

const work = mkdtempSync(join(tmpdir(), 'check-deploy-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(origin: string, files: string[]): string {
	const dir = mkdtempSync(join(work, 'build-'));
	const write = (path: string, text: string) => {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	};
	write('index.html', `<!doctype html><link rel="canonical" href="${origin}/graphics/micron/">`);
	write(
		'embed/timeline/oembed.json',
		JSON.stringify({ thumbnail_url: `${origin}/graphics/micron/images/timeline/overview.png` })
	);
	for (const file of files) write(file, 'x');
	return dir;
}

const check = (dir: string) =>
	spawnSync(process.execPath, ['scripts/check-deploy.js'], {
		env: { ...process.env, BUILD_DIR: dir },
		encoding: 'utf8'
	});

const COMPLETE = ['cards/story.png', 'images/timeline/overview.png'];

describe('check:deploy', () => {
	it('passes a finished build for a public address', () => {
		const result = check(site('https://example.org', COMPLETE));
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
	});

	it('stops a local build, saying how to make one for the host', () => {
		const result = check(site('http://localhost:4173', COMPLETE));
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('is a local build, for http://localhost:4173');
		expect(result.stderr).toContain('SITE_URL=https://');
	});

	it('stops a build with internal pages left in it, or pictures missing, naming each', () => {
		const result = check(
			site('https://example.org', ['cards/intro/index.html', 'pictures/x/index.html'])
		);
		expect(result.status).toBe(1);
		for (const problem of [
			'pictures/ is an internal page',
			'cards/intro/ is an internal page',
			'the oEmbed thumbnail of timeline, /graphics/micron/images/timeline/overview.png, is missing',
			'cards/story.png is missing'
		]) {
			expect(result.stderr).toContain(problem);
		}
	});
});
