import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { site } from './svelte.config.js';
import { ContentError } from './src/lib/build/problems.ts';
import { loadSite } from './src/lib/build/site.ts';

export default defineConfig({
	plugins: [
		{
			// Check every file under data/ before anything is built: a problem in any of them stops
			// the build with every problem listed by file, line or record, and field, instead of
			// surfacing later as a failed prerender.
			name: 'check-content',
			buildStart() {
				try {
					loadSite();
				} catch (error) {
					if (error instanceof ContentError) this.error(error.message);
					throw error;
				}
			}
		},
		sveltekit()
	],
	define: {
		// Read through src/lib/site.ts only.
		__SITE__: JSON.stringify(site)
	},
	preview: { port: 4173, strictPort: true },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				// Checks the built site in build/ (npm test builds first).
				extends: true,
				test: {
					name: 'build',
					environment: 'node',
					include: ['tests/build/**/*.test.ts']
				}
			},
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'dom',
					environment: 'jsdom',
					include: ['tests/dom/**/*.test.ts']
				}
			}
		]
	}
});
