/** What the build-output tests share: where the build is, a guard, and its HTML files. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';

/** The built site under test: build/, or BUILD_DIR. */
export const BUILD = process.env.BUILD_DIR ?? 'build';

/** Fails the file's tests at once, with what to do, when there is no build to check. */
export function requireBuild(): void {
	beforeAll(() => {
		if (!existsSync(join(BUILD, 'index.html'))) {
			throw new Error(`No ${BUILD}/index.html: run \`npm run build\` before these tests (npm test does).`);
		}
	});
}

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string = BUILD): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}
