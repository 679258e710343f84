import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { siteFromEnv } from './scripts/site.js';

/** The public origin and base path, from SITE_URL: the one place they are decided. */
export const site = siteFromEnv(process.env.SITE_URL);

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			precompress: true,
			strict: true
		}),
		// A second build (the sub-path test) must not overwrite the first one's working files.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		paths: {
			base: site.base,
			// Absolute asset paths, so 404.html works at any depth and embeds work in any frame.
			relative: false
		},
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
