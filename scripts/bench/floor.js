/** Builds the floor: a bare SvelteKit page, what any SvelteKit page costs before our content. */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The site's build settings, which must not leak into the floor's build. */
const SITE_ENV = ['BUILD_DIR', 'SVELTEKIT_OUT_DIR', 'SITE_URL'];

/**
 * Builds the floor in a temp dir of its own (so it cannot collide with any other build): one
 * prerendered page with a title, a description and one heading in a <main>, nothing else; the
 * same app.html, favicon, adapter (precompressed) and CSP as the site.
 * @param {string} root the repository, whose node_modules, app.html and CSP the floor reuses
 * @returns {{ dir: string, remove: () => void }} its build and a function that deletes it all
 */
export function buildFloor(root) {
	const project = mkdtempSync(join(tmpdir(), 'micron-bench-floor-'));
	const remove = () => rmSync(project, { recursive: true, force: true });
	try {
		symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
		mkdirSync(join(project, 'src/routes'), { recursive: true });
		mkdirSync(join(project, 'static'));
		copyFileSync(join(root, 'src/app.html'), join(project, 'src/app.html'));
		copyFileSync(join(root, 'static/favicon.svg'), join(project, 'static/favicon.svg'));
		const siteConfig = pathToFileURL(join(root, 'svelte.config.js')).href;
		const files = {
			'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }),
			'svelte.config.js': [
				"import adapter from '@sveltejs/adapter-static';",
				`import site from ${JSON.stringify(siteConfig)};`,
				'export default {',
				'\tkit: { adapter: adapter({ precompress: true, strict: true }), csp: site.kit?.csp }',
				'};'
			].join('\n'),
			'vite.config.js': [
				"import { sveltekit } from '@sveltejs/kit/vite';",
				"export default { plugins: [sveltekit()], logLevel: 'warn' };"
			].join('\n'),
			'src/routes/+layout.js': 'export const prerender = true;\n',
			'src/routes/+page.svelte': [
				'<svelte:head>',
				'\t<title>Floor</title>',
				'\t<meta name="description" content="A bare SvelteKit page with one heading." />',
				'</svelte:head>',
				'',
				'<main><h1>Floor</h1></main>'
			].join('\n')
		};
		for (const [path, text] of Object.entries(files)) writeFileSync(join(project, path), text);
		const env = Object.fromEntries(
			Object.entries(process.env).filter(([key]) => !SITE_ENV.includes(key))
		);
		const vite = join(root, 'node_modules/vite/bin/vite.js');
		const result = spawnSync(process.execPath, [vite, 'build'], {
			cwd: project,
			env,
			encoding: 'utf8'
		});
		if (result.status !== 0 || !existsSync(join(project, 'build/index.html'))) {
			throw new Error(`The floor page did not build:\n${result.stdout}\n${result.stderr}`);
		}
		return { dir: join(project, 'build'), remove };
	} catch (error) {
		remove();
		throw error;
	}
}
