/** Counts the lines under src/, the size of the code a reader of the repository has to hold. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * @param {string} text
 * @returns {number} its lines, as `wc -l` counts them plus a last line without a newline
 */
export function countLines(text) {
	if (!text) return 0;
	const newlines = text.split('\n').length - 1;
	return text.endsWith('\n') ? newlines : newlines + 1;
}

/**
 * @param {string} path a file's path relative to the repository, e.g. `src/lib/charts/x/a.ts`
 * @returns {string} the folder it is counted under, at most three deep: `src/lib/charts`
 */
export function folderOf(path) {
	return path.split('/').slice(0, -1).slice(0, 3).join('/');
}

/**
 * @param {string} root the repository
 * @returns {{ total: number, files: number, byFolder: Record<string, number> }}
 */
export function sourceLines(root) {
	/** @type {Record<string, number>} */
	const byFolder = {};
	let total = 0;
	let files = 0;
	const entries = readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const file = join(entry.parentPath, entry.name);
		const lines = countLines(readFileSync(file, 'utf8'));
		const folder = folderOf(relative(root, file).split(sep).join('/'));
		byFolder[folder] = (byFolder[folder] ?? 0) + lines;
		total += lines;
		files += 1;
	}
	return { total, files, byFolder };
}
