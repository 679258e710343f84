/**
 * Finds the Chromium the browser tests run in: CHROMIUM_PATH, else Debian's /usr/bin/chromium,
 * else Playwright's own download. Fails at once, saying how to get one, when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a closed network: no background calls home, no first-run work, no GPU. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const HOW_TO_GET_ONE =
	'Install one with `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, ' +
	'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/**
 * @returns the executable to launch, or `undefined` to let Playwright use its own download
 * @throws when CHROMIUM_PATH names a missing file, or when no browser is found at all
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	if (env.CHROMIUM_PATH) {
		if (existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
		throw new Error(
			`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist. ${HOW_TO_GET_ONE}`
		);
	}
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	let bundled = '';
	try {
		bundled = chromium.executablePath();
	} catch {
		// Playwright throws when its browser registry has no entry; treated as not found.
	}
	if (bundled && existsSync(bundled)) return undefined;
	throw new Error(`No Chromium found for the browser tests. ${HOW_TO_GET_ONE}`);
}
