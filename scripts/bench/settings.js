/** The settings of `npm run bench` (from the environment) and the fixed numbers of its probes. */
import { resolve } from 'node:path';
import { siteFromEnv } from '../site.js';

export const CATEGORIES = /** @type {const} */ ([
	'performance',
	'accessibility',
	'best-practices',
	'seo'
]);

/** CPU slowdown of the scroll probe: a low-end phone, where a chart redraw shows as a jank. */
export const CPU_SLOWDOWN = 6;

/** Scroll speed of the probe, in CSS px per second: a brisk read, not a fling. */
export const SCROLL_SPEED = 1500;

/** A task or a frame longer than this is long (the Long Tasks API's own threshold). */
export const LONG_MS = 50;

/**
 * The probe's viewports, the phone first: the scroll budget is judged on it (issue 21: 375 x
 * 740). The desktop run is reported alongside, since the story lays out differently there.
 * @typedef {{ name: string, width: number, height: number, mobile: boolean }} Viewport
 * @type {Viewport[]}
 */
export const VIEWPORTS = [
	{ name: 'phone', width: 375, height: 740, mobile: true },
	{ name: 'desktop', width: 1350, height: 940, mobile: false }
];

/**
 * @typedef {object} Settings
 * @property {number} runs Lighthouse runs per page, and scroll runs per viewport of the story
 *   as shipped and as many held still (BENCH_RUNS)
 * @property {string} buildDir the built site to measure (BUILD_DIR)
 * @property {import('../site.js').Site} site the origin and base it was built for (SITE_URL)
 * @property {string | undefined} share which share page to measure (BENCH_SHARE)
 * @property {boolean} strict exit 1 when a budget is missed (BENCH_STRICT)
 */

/**
 * @param {Record<string, string | undefined>} env
 * @param {string} root the repository
 * @returns {Settings}
 */
export function readSettings(env, root) {
	return {
		runs: Math.max(1, Math.floor(Number(env.BENCH_RUNS)) || 3),
		buildDir: resolve(root, env.BUILD_DIR || 'build'),
		site: siteFromEnv(env.SITE_URL),
		share: env.BENCH_SHARE || undefined,
		strict: Boolean(env.BENCH_STRICT)
	};
}
