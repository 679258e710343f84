/** The printed report (pure, from the results) and bench/results.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cls, kB, ms, score, table } from './format.js';
import { worstPlaces } from './scroll-stats.js';

/** The story's numbers that are also shown as ratios to the floor's. */
const RATIO_KEYS = /** @type {const} */ ([
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
 * @param {import('./scroll-stats.js').ScrollComparison[]} scroll shipped against held still, per
 *   viewport
 * @returns {string} the table (a row for each, medians over the runs), what the charts add, and
 *   where the shipped page's long tasks and frames were
 */
export function scrollTable(scroll) {
	const header = ['viewport', 'page', 'px', 'ms', 'frames', 'long tasks', 'worst task ms'];
	const extra = ['long frames', 'worst frame ms', 'median frame ms', 'every run (tasks/frames)'];
	const rows = scroll.flatMap((c) =>
		/** @type {const} */ ([
			['as shipped', c.shipped],
			['held still', c.held]
		]).map(([page, side]) => [
			c.viewport,
			page,
			String(side.run.scrolledPx),
			String(side.run.durationMs),
			String(side.run.frames),
			String(side.longTasks),
			String(side.run.worstTaskMs),
			String(side.longFrames),
			String(side.run.worstFrameMs),
			String(side.run.medianFrameMs),
			side.run.runs.map((run) => `${run.longTasks}/${run.longFrames}`).join(' ')
		])
	);
	/** @param {number} n */
	const signed = (n) => `${n >= 0 ? '+' : ''}${n}`;
	const added = scroll.map(
		(c) =>
			`  ${c.viewport}: the charts' changes add ${signed(c.extra.longTasks)} long tasks and ` +
			`${signed(c.extra.longFrames)} long frames to the page held still`
	);
	const where = scroll
		.map((c) => ({ viewport: c.viewport, places: worstPlaces(c.shipped.run.bySection) }))
		.filter((c) => c.places.length)
		.map((c) => `  ${c.viewport}, as shipped, where: ${c.places.join('; ')}`);
	return [table([[...header, ...extra], ...rows]), ...added, ...where].join('\n');
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
