/**
 * Are builds reproducible? `npm run check:reproducible` builds the site twice from the same
 * tree (into build-repro-1/ and build-repro-2/, one after the other) and compares
 * every file by its SHA-256; `node scripts/compare-builds.js <dir> <dir>` compares two builds
 * made already. It lists each file found in one build only, or in both with different bytes,
 * and exits 1 if there is any.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Every file under `dir`, by its path inside it, with its SHA-256.
 * @param {string} dir
 * @returns {Map<string, string>}
 */
export function hashes(dir) {
	/** @type {Map<string, string>} */
	const found = new Map();
	/** @param {string} folder */
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else {
				const name = relative(dir, path).split(sep).join('/');
				found.set(name, createHash('sha256').update(readFileSync(path)).digest('hex'));
			}
		}
	};
	walk(dir);
	return found;
}

/**
 * @param {Map<string, string>} a
 * @param {Map<string, string>} b
 * @returns {{ same: number, differ: string[], onlyA: string[], onlyB: string[] }}
 */
export function compare(a, b) {
	const differ = [...a.keys()].filter((name) => b.has(name) && b.get(name) !== a.get(name));
	const onlyA = [...a.keys()].filter((name) => !b.has(name));
	const onlyB = [...b.keys()].filter((name) => !a.has(name));
	return { same: a.size - differ.length - onlyA.length, differ, onlyA, onlyB };
}

/**
 * @param {ReturnType<typeof compare>} result
 * @param {[string, string]} names
 */
export function report({ same, differ, onlyA, onlyB }, [a, b]) {
	const lines = [`${same} files identical.`];
	if (differ.length) lines.push(`${differ.length} differ:`, ...differ.map((name) => `  ${name}`));
	if (onlyA.length)
		lines.push(`${onlyA.length} only in ${a}:`, ...onlyA.map((name) => `  ${name}`));
	if (onlyB.length)
		lines.push(`${onlyB.length} only in ${b}:`, ...onlyB.map((name) => `  ${name}`));
	return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	let dirs = process.argv.slice(2);
	if (dirs.length === 0) {
		dirs = ['build-repro-1', 'build-repro-2'];
		// One after the other, through the same working directory: its name ends up in the files.
		const outDir = '.svelte-kit-repro';
		for (const [i, dir] of dirs.entries()) {
			console.log(`Build ${i + 1} of 2, into ${dir}/ ...`);
			rmSync(outDir, { recursive: true, force: true });
			const done = spawnSync('npm', ['run', 'build'], {
				stdio: ['ignore', 'ignore', 'inherit'],
				env: { ...process.env, BUILD_DIR: dir, SVELTEKIT_OUT_DIR: outDir }
			});
			if (done.status !== 0) {
				console.error(`Build ${i + 1} failed.`);
				process.exit(1);
			}
		}
	}
	const [a, b] = dirs.map((dir) => resolve(dir));
	if (!a || !b || !existsSync(a) || !existsSync(b)) {
		console.error('Usage: node scripts/compare-builds.js [<build> <build>] (two existing builds)');
		process.exit(1);
	}
	const result = compare(hashes(a), hashes(b));
	console.log(report(result, [dirs[0] ?? a, dirs[1] ?? b]));
	if (result.differ.length || result.onlyA.length || result.onlyB.length) process.exitCode = 1;
}
