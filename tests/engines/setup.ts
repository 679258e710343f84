/** Serves the built site (scripts/serve.js) for the engines on PORT (default 4175), then stops it. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pause, PORT, SITE } from './engine';

export default async function setup() {
	if (!existsSync('build/index.html')) throw new Error('No build: run `npm run build` first.');
	const server = spawn(process.execPath, ['scripts/serve.js'], {
		env: { ...process.env, PORT: String(PORT) },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let said = '';
	server.stderr.on('data', (chunk: Buffer) => (said += chunk.toString()));
	server.on('exit', (code, signal) => {
		if (!stopping) console.error(`The site's server stopped (${code ?? signal}): ${said.trim()}`);
	});
	let stopping = false;
	for (let i = 0; i < 100; i++) {
		if (server.exitCode !== null) throw new Error(`The server stopped: ${said.trim()}`);
		try {
			if ((await fetch(`${SITE}/`)).ok) break;
		} catch {
			// Not listening yet.
		}
		await pause(100);
	}
	return () => {
		stopping = true;
		server.kill();
	};
}
