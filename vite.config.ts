import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { site } from './svelte.config.js';
import { loadDataset } from './src/lib/server/dataset.ts';

export default defineConfig({
	plugins: [
		{
			// Check the dataset before anything is built: an invalid record stops the build with
			// every problem listed by file, record and field.
			name: 'check-dataset',
			buildStart() {
				loadDataset();
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
