/** The printed report (pure, from the results) and bench/results.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cls, kB, ms, score, table } from './format.js';
import { worstPlaces } from './scroll-stats.js';

/** The story's numbers that are also shown as ratios to the floor's. */
export const RATIO_KEYS = /** @type {const} */ ([
	'fcp',
	'lcp',
	'tbt',
	'cls',
	'jsBytes',
	'totalBytes',
	'requests'
]);

/**
 * @param {import('./measure.js').Measure | undefined} story
 * @param {import('./measure.js').Measure | undefined} floor
 * @returns {Record<typeof RATIO_KEYS[number], number | null>} story / floor, two decimals; null
 *   where either is missing or the floor is 0
 */
export function ratios(story, floor) {
	/** @param {typeof RATIO_KEYS[number]} key */
	const ratio = (key) => {
		const a = story?.[key] ?? null;
		const b = floor?.[key] ?? null;
		return a !== null && b ? Math.round((a / b) * 100) / 100 : null;
	};
	return /** @type {Record<typeof RATIO_KEYS[number], number | null>} */ (
		Object.fromEntries(RATIO_KEYS.map((key) => [key, ratio(key)]))
	);
}

/**
 * @param {import('./lighthouse.js').PageResult[]} results the floor first, then the pages
 * @param {Record<string, number | null>} toFloor the story's ratios to the floor
 * @returns {string}
 */
export function pagesTable(results, toFloor) {
	const header = ['page', 'perf', 'a11y', 'bp', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'];
	const rows = results.map(({ kind, path, median: m }) => [
		kind === 'floor' ? 'floor (bare SvelteKit page)' : path,
		score(m.scores.performance),
		score(m.scores.accessibility),
		score(m.scores['best-practices']),
		score(m.scores.seo),
		ms(m.fcp),
		ms(m.lcp),
		ms(m.tbt),
		cls(m.cls),
		kB(m.jsBytes),
		kB(m.totalBytes),
		m.requests === null ? '-' : String(m.requests)
	]);
	const ratioRow = [
		'story / floor',
		'',
		'',
		'',
		'',
		...RATIO_KEYS.map((key) => {
			const value = toFloor[key];
			return typeof value === 'number' ? `${value}x` : 'n/a';
		})
	];
	return table([[...header, 'JS kB', 'total kB', 'req'], ...rows, ratioRow]);
}

/**
 * @param {import('./budgets.js').BudgetResult[]} budgets
 * @returns {string} the table, then why each failed budget failed
 */
export function budgetsTable(budgets) {
	const rows = budgets.map((b) => [b.pass ? 'PASS' : 'FAIL', b.page, b.budget, b.limit, b.value]);
	const causes = budgets
		.filter((b) => !b.pass && b.cause)
		.map((b) => `  ${b.page} ${b.budget}: ${b.cause}`);
	const text = table([['', 'page', 'budget', 'limit', 'measured'], ...rows], 3);
	return causes.length ? `${text}\n\nWhy:\n${causes.join('\n')}` : text;
}

/**
 * @param {(import('./scroll-stats.js').ScrollResult & { runs: { longTasks: number,
 *   longFrames: number }[] })[]} scroll the median run of each viewport
 * @returns {string} the table, then where the long tasks and frames were
 */
export function scrollTable(scroll) {
	const header = ['viewport', 'px', 'ms', 'frames', 'long tasks', 'worst task ms', 'long frames'];
	const rows = scroll.map((r) => [
		r.viewport,
		String(r.scrolledPx),
		String(r.durationMs),
		String(r.frames),
		String(r.longTasks),
		String(r.worstTaskMs),
		String(r.longFrames),
		String(r.worstFrameMs),
		String(r.medianFrameMs),
		r.runs.map((run) => `${run.longTasks}/${run.longFrames}`).join(' ')
	]);
	const where = scroll
		.map((r) => ({ viewport: r.viewport, places: worstPlaces(r.bySection) }))
		.filter((r) => r.places.length)
		.map((r) => `  ${r.viewport}, where: ${r.places.join('; ')}`);
	const extra = ['worst frame ms', 'median frame ms', 'every run (tasks/frames)'];
	return [table([[...header, ...extra], ...rows]), ...where].join('\n');
}

/**
 * @param {string} root the repository
 * @param {unknown} output
 * @returns {string} the file written, relative to the repository
 */
export function writeResults(root, output) {
	mkdirSync(join(root, 'bench'), { recursive: true });
	writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(output, null, '\t')}\n`);
	return 'bench/results.json';
}
