/**
 * Finds the Chromium that the browser tests and the card renderer use: CHROMIUM_PATH, else
 * Debian's /usr/bin/chromium, else Playwright's own download. One implementation for both.
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

export const HOW_TO_GET_CHROMIUM =
	'Install one with `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`, ' +
	'or point CHROMIUM_PATH at a Chromium or Chrome binary.';

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string | undefined} the executable to launch, or undefined for Playwright's own
 * @throws when CHROMIUM_PATH names a missing file, or when no browser is found at all
 */
export function findChromium(env = process.env) {
	if (env.CHROMIUM_PATH) {
		if (existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
		throw new Error(
			`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, which does not exist. ${HOW_TO_GET_CHROMIUM}`
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
	throw new Error(`No Chromium found. ${HOW_TO_GET_CHROMIUM}`);
}
