/**
 * Firefox ESR over WebDriver BiDi (Debian's firefox-esr; FIREFOX_PATH to use another). Overlay
 * scrollbars, as on a phone and in the other engines here: otherwise a classic scrollbar takes
 * 12 px of a 375 px viewport.
 */
import { existsSync } from 'node:fs';
import type { Engine } from './engine';
import { launchPuppeteer } from './puppeteer';

export function launchFirefox(): Promise<Engine> {
	const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
	if (!existsSync(executablePath)) {
		throw new Error(
			`No Firefox at ${executablePath}: apt-get install firefox-esr, or set FIREFOX_PATH.`
		);
	}
	return launchPuppeteer('firefox', {
		browser: 'firefox',
		executablePath,
		extraPrefsFirefox: { 'ui.useOverlayScrollbars': 1 }
	});
}
