import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { site } from './svelte.config.js';
import { DatasetError, StoryError } from './src/lib/data/problems.ts';
import { loadDataset } from './src/lib/server/dataset.ts';
import { loadStory } from './src/lib/server/story.ts';

export default defineConfig({
	plugins: [
		{
			// Check the dataset and the story's words before anything is built: a problem in either
			// stops the build with every problem listed by file, line or record, and field, instead
			// of surfacing later as a failed prerender.
			name: 'check-dataset',
			buildStart() {
				try {
					loadStory(loadDataset());
				} catch (error) {
					if (error instanceof DatasetError || error instanceof StoryError)
						this.error(error.message);
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
