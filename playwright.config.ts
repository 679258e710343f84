import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/chromium';

const executablePath = findChromium();

/** The built site, served as a static host would (scripts/serve.js; PORT and BUILD_DIR to move it). */
const port = Number(process.env.PORT) || 4173;
export const SITE = `http://localhost:${port}`;
/** A second build under a sub-path, on the next port, proving SITE_URL's base path works. */
export const SUBPATH_SITE = `http://localhost:${port + 1}/graphics/micron/`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	// Generous: two workers share two cores with the static server.
	timeout: 60_000,
	use: {
		baseURL: `${SITE}/`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath, args: CHROMIUM_ARGS }
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], channel: undefined },
			testIgnore: '**/subpath.spec.ts'
		},
		{
			name: 'subpath',
			use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: SUBPATH_SITE },
			testMatch: '**/subpath.spec.ts'
		}
	],
	webServer: [
		{
			// `npm test` builds first; the tests check that build, not a development server.
			command: 'node scripts/serve.js',
			url: `${SITE}/`,
			reuseExistingServer: !process.env.CI,
			stdout: 'pipe'
		},
		{
			command: 'npx vite build && node scripts/serve.js',
			url: SUBPATH_SITE,
			env: {
				SITE_URL: SUBPATH_SITE,
				PORT: String(port + 1),
				BUILD_DIR: `build-subpath-${port + 1}`,
				SVELTEKIT_OUT_DIR: `.svelte-kit-subpath-${port + 1}`
			},
			timeout: 240_000,
			reuseExistingServer: !process.env.CI,
			stdout: 'pipe'
		}
	]
});
