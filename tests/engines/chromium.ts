/** Chromium over CDP, with the flags the rest of the project uses on a closed network. */
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.js';
import type { Engine } from './engine';
import { launchPuppeteer } from './puppeteer';

export function launchChromium(): Promise<Engine> {
	return launchPuppeteer('chromium', {
		browser: 'chrome',
		executablePath: findChromium() ?? '/usr/bin/chromium',
		args: CHROMIUM_ARGS
	});
}
