/**
 * `npm run serve` (scripts/serve.js) as a person meets it: a port that is taken or is no port
 * stops it with one line saying so and exit status 1, not a stack trace or a silent fallback;
 * a local build is announced.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// Each test starts Node processes, slow on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

let site: string;
let busy: Server;
let busyPort: number;

beforeAll(async () => {
	site = mkdtempSync(join(tmpdir(), 'serve-'));
	mkdirSync(site, { recursive: true });
	writeFileSync(join(site, 'index.html'), '<!doctype html><h1>Home</h1>');
	busy = createServer();
	await new Promise<void>((done) => busy.listen(0, '127.0.0.1', done));
	busyPort = (busy.address() as { port: number }).port;
});

afterAll(async () => {
	await new Promise((done) => busy.close(done));
	rmSync(site, { recursive: true, force: true });
});

/** Runs the server until it exits or says it is serving, then stops it. */
function serve(
	env: Record<string, string>
): Promise<{ code: number | null; out: string; err: string }> {
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['scripts/serve.js'], {
			env: { ...process.env, SITE_URL: '', BUILD_DIR: site, ...env }
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk) => {
			out += chunk;
			if (out.includes('Serving')) setTimeout(() => child.kill(), 100);
		});
		child.stderr.on('data', (chunk) => (err += chunk));
		child.on('exit', (code) => resolve({ code, out, err }));
	});
}

describe('the preview server’s port', () => {
	it.each(['abc', '70000', '0', '-1', '4173.5', '1e3'])(
		'PORT=%s: one line and exit 1',
		async (port) => {
			const { code, err, out } = await serve({ PORT: port });
			expect(code).toBe(1);
			expect(out).toBe('');
			expect(err.trim().split('\n')).toEqual([
				`PORT must be a whole number from 1 to 65535; got "${port}".`
			]);
		}
	);

	it('a port already taken: one line naming it, and exit 1', async () => {
		const { code, err } = await serve({ PORT: String(busyPort) });
		expect(code).toBe(1);
		expect(err.trim().split('\n')).toHaveLength(1);
		expect(err).toContain(`Port ${busyPort} is already in use`);
		expect(err).not.toMatch(/\n\s+at /);
	});

	it('no build: one line saying how to make one, and exit 1', async () => {
		const { code, err } = await serve({ BUILD_DIR: join(site, 'nowhere'), PORT: '4999' });
		expect(code).toBe(1);
		expect(err.trim().split('\n')).toHaveLength(1);
		expect(err).toContain('npm run build');
	});

	it('a good port serves, and a local build says so loudly', async () => {
		const free = createServer();
		await new Promise<void>((done) => free.listen(0, '127.0.0.1', done));
		const port = (free.address() as { port: number }).port;
		await new Promise((done) => free.close(done));
		const { out, err } = await serve({ PORT: String(port) });
		expect(out).toContain(`Serving ${site} at http://localhost:${port}/`);
		expect(err).toContain('LOCAL BUILD');
		expect(err).toContain(`Served here on port ${port}`);
	});
});
