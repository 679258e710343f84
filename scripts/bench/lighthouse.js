/** Drives Lighthouse: each page measured in a fresh headless Chromium, several times over. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { measure, medianOf } from './measure.js';
import { CATEGORIES } from './settings.js';

/**
 * @typedef {{ name: string, kind: 'floor' | 'story' | 'embed' | 'share', path: string,
 *   url: string, blocked?: string[], note?: string }} Target
 * @typedef {Target & { runs: import('./measure.js').Measure[],
 *   median: import('./measure.js').Measure, warnings: string[] }} PageResult
 */

/**
 * Lighthouse's defaults, but bootup-time lists every script: its usual 50 ms floor would leave a
 * TBT budget of 20 ms unexplained.
 * @type {import('lighthouse').Config}
 */
const CONFIG = {
	extends: 'lighthouse:default',
	audits: [{ path: 'bootup-time', options: { thresholdInMs: 0 } }]
};

/**
 * @param {Target} target
 * @param {{ runs: number, chromePath: string, chromeFlags: string[] }} options
 * @returns {Promise<{ result: PageResult, environment: Record<string, unknown> }>}
 */
export async function runLighthouse(target, { runs: count, chromePath, chromeFlags }) {
	/** @type {import('./measure.js').Measure[]} */
	const runs = [];
	/** @type {Set<string>} */
	const warnings = new Set();
	/** @type {Record<string, unknown>} */
	let environment = {};
	for (let i = 1; i <= count; i++) {
		console.log(`  ${target.name}: run ${i} of ${count}`);
		const chrome = await chromeLauncher.launch({ chromePath, chromeFlags, logLevel: 'silent' });
		try {
			const result = await lighthouse(
				target.url,
				{
					port: chrome.port,
					output: 'json',
					logLevel: 'error',
					onlyCategories: [...CATEGORIES],
					...(target.blocked ? { blockedUrlPatterns: target.blocked } : {})
				},
				CONFIG
			);
			if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
			const { lhr } = result;
			if (lhr.runtimeError) warnings.add(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
			for (const warning of lhr.runWarnings) warnings.add(warning);
			if (lhr.finalDisplayedUrl !== target.url) warnings.add(`ended on ${lhr.finalDisplayedUrl}`);
			environment = {
				lighthouse: lhr.lighthouseVersion,
				userAgent: lhr.environment.hostUserAgent,
				formFactor: lhr.configSettings.formFactor,
				throttlingMethod: lhr.configSettings.throttlingMethod,
				throttling: lhr.configSettings.throttling
			};
			runs.push(measure(lhr));
		} finally {
			chrome.kill();
		}
	}
	return {
		result: { ...target, runs, median: medianOf(runs), warnings: [...warnings] },
		environment
	};
}
