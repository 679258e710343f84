/**
 * The cross-engine spec (tests/engines/, issue 20): Chromium, Firefox ESR and WebKitGTK against
 * the built site, one engine after another. Apart from `vitest run` (vite.config.ts's projects),
 * as it needs the build and the browsers:
 *
 *   npm run build && npm run test:engines
 *   ENGINES=firefox npm run test:engines      # one engine (or a comma-separated few)
 */
import { defineConfig } from 'vitest/config';
import { selectedEngines } from './tests/engines/engine';

export default defineConfig({
	test: {
		name: 'engines',
		environment: 'node',
		include: selectedEngines().map((name) => `tests/engines/${name}.test.ts`),
		globalSetup: ['tests/engines/setup.ts'],
		// Two browsers at a time on two cores: each engine's file runs its checks in order.
		maxWorkers: Number(process.env.ENGINES_WORKERS) || 2,
		testTimeout: 120_000,
		hookTimeout: 120_000
	}
});
