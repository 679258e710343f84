import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'build-*/',
			'.svelte-kit*/',
			'test-results/',
			'playwright-report/',
			'bench/'
		]
	},
	js.configs.recommended,
	...ts.configs.strict,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		// Size that shows the design: a file over 250 lines, or a function over 60, is doing more
		// than one thing.
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		rules: {
			'max-lines': ['error', { max: 250, skipBlankLines: false, skipComments: false }],
			'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }]
		}
	},
	{
		// Components and the reader's script never import build-time code (loaders, checks, a
		// chart's build/): types only.
		files: ['src/**/*.svelte', 'src/lib/client/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/build/**', '$lib/build/**'],
							message: 'Build-time code: import its types only (import type).',
							allowTypeImports: true
						}
					]
				}
			]
		}
	}
);
