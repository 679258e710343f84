/**
 * Pure: the scroll probe's raw frames and tasks, counted, placed in the story and medianed; and
 * the story as shipped set against the same page held still.
 */
import { median } from './measure.js';

/**
 * @typedef {{ id: string, top: number, bottom: number }} SectionBox document coordinates
 * @typedef {{ section: string, step: string, top: number, bottom: number }} StepBox
 * @typedef {{ viewportHeight: number, sections: SectionBox[], steps: StepBox[] }} Layout
 * @typedef {object} RawScroll what the page recorded while it was scrolled
 * @property {{ at: number, gap: number, y: number }[]} frames each frame's time, the time since
 *   the frame before, and scrollY when it ran
 * @property {{ start: number, duration: number }[]} tasks every long task the page saw
 * @property {number} started when the scroll began (performance.now())
 * @property {number} durationMs
 * @property {number} scrolledPx
 * @property {Layout} layout
 * @typedef {{ longTasks: number, worstTaskMs: number, longFrames: number,
 *   worstFrameMs: number }} Where
 * @typedef {object} ScrollResult one run at one viewport
 * @property {string} viewport e.g. `phone 375x667`
 * @property {number} scrolledPx
 * @property {number} durationMs
 * @property {number} frames
 * @property {number} longTasks tasks over the long threshold while scrolling
 * @property {number} worstTaskMs
 * @property {number} longFrames frames that took over the long threshold
 * @property {number} worstFrameMs the slowest frame, long or not
 * @property {number} medianFrameMs
 * @property {Record<string, Where>} bySection where the long tasks and frames happened
 */

/**
 * Where the reader is at a scroll position: the innermost `section[id]` under the viewport's
 * centre, and its `li[data-step]` there (or the last one passed); between sections, the one
 * just passed. Generic on purpose: the story's markup is being redesigned.
 * @param {number} y scrollY
 * @param {Layout} layout
 * @returns {string} e.g. `#timeline step 2`, `#revenue`, `after #intro`, `page top`
 */
export function placeOf(y, { viewportHeight, sections, steps }) {
	const centre = y + viewportHeight / 2;
	const section = sections
		.filter((s) => s.top <= centre && centre < s.bottom)
		.sort((a, b) => b.top - a.top)[0];
	if (!section) {
		const passed = sections.filter((s) => s.bottom <= centre).sort((a, b) => b.bottom - a.bottom);
		return passed[0] ? `after #${passed[0].id}` : 'page top';
	}
	const reached = steps.filter((s) => s.section === section.id && s.top <= centre);
	const step = reached.find((s) => centre < s.bottom) ?? reached.at(-1);
	return step ? `#${section.id} step ${step.step}` : `#${section.id}`;
}

/**
 * @param {string} viewport
 * @param {RawScroll} raw
 * @param {number} longMs
 * @returns {ScrollResult}
 */
export function summariseScroll(viewport, raw, longMs) {
	const { frames, started, durationMs, layout } = raw;
	const tasks = raw.tasks.filter(
		(t) => t.duration > longMs && t.start >= started && t.start <= started + durationMs
	);
	const longFrames = frames.filter((f) => f.gap > longMs);
	/** @type {Record<string, Where>} */
	const bySection = {};
	/** @param {number} y */
	const at = (y) =>
		(bySection[placeOf(y, layout)] ??= {
			longTasks: 0,
			worstTaskMs: 0,
			longFrames: 0,
			worstFrameMs: 0
		});
	for (const task of tasks) {
		// A task is placed where the first frame after it was: the frame it held up.
		const entry = at((frames.find((f) => f.at >= task.start) ?? frames.at(-1))?.y ?? 0);
		entry.longTasks += 1;
		entry.worstTaskMs = Math.max(entry.worstTaskMs, Math.round(task.duration));
	}
	for (const frame of longFrames) {
		const entry = at(frame.y);
		entry.longFrames += 1;
		entry.worstFrameMs = Math.max(entry.worstFrameMs, Math.round(frame.gap));
	}
	const gaps = frames.map((f) => f.gap).sort((a, b) => a - b);
	return {
		viewport,
		scrolledPx: Math.round(raw.scrolledPx),
		durationMs: Math.round(durationMs),
		frames: frames.length,
		longTasks: tasks.length,
		worstTaskMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))),
		longFrames: longFrames.length,
		worstFrameMs: Math.round(gaps.at(-1) ?? 0),
		medianFrameMs: Math.round(gaps[Math.floor(gaps.length / 2)] ?? 0),
		bySection
	};
}

/**
 * The run with the median number of long tasks and long frames, with every run's counts kept.
 * @param {ScrollResult[]} runs at least one
 * @returns {ScrollResult & { runs: { longTasks: number, longFrames: number }[] }}
 */
export function medianScroll(runs) {
	const sorted = [...runs].sort(
		(a, b) => a.longTasks + a.longFrames - (b.longTasks + b.longFrames)
	);
	const middle = sorted[Math.floor((sorted.length - 1) / 2)];
	if (!middle) throw new Error('No scroll run to take the median of.');
	return {
		...middle,
		runs: runs.map((r) => ({ longTasks: r.longTasks, longFrames: r.longFrames }))
	};
}

/**
 * @typedef {ScrollResult & { runs: { longTasks: number, longFrames: number }[] }} MedianRun
 * @typedef {{ longTasks: number, longFrames: number, run: MedianRun }} ScrollSide the median
 *   count of each over the runs (each on its own), and the median run, for where they were
 * @typedef {object} ScrollComparison
 * @property {string} viewport
 * @property {ScrollSide} shipped the story as it ships
 * @property {ScrollSide} held the same page with its script blocked: no chart ever changes state
 * @property {{ longTasks: number, longFrames: number }} extra shipped minus held: what the
 *   charts' state changes cost, apart from the machine's own cost of scrolling a long page
 */

/**
 * The story as shipped against the same page held still, from runs made in turn (shipped, held,
 * shipped, held…), so both meet the same machine.
 * @param {ScrollResult[]} shipped at least one
 * @param {ScrollResult[]} held at least one
 * @returns {ScrollComparison}
 */
export function compareScroll(shipped, held) {
	/** @param {ScrollResult[]} runs @returns {ScrollSide} */
	const side = (runs) => ({
		longTasks: median(runs.map((r) => r.longTasks)) ?? 0,
		longFrames: median(runs.map((r) => r.longFrames)) ?? 0,
		run: medianScroll(runs)
	});
	const a = side(shipped);
	const b = side(held);
	return {
		viewport: a.run.viewport,
		shipped: a,
		held: b,
		extra: { longTasks: a.longTasks - b.longTasks, longFrames: a.longFrames - b.longFrames }
	};
}

/** @param {number} n @param {string} what @returns {string} e.g. `1 long task`, `2 long tasks` */
const counted = (n, what) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * @param {Record<string, Where>} bySection
 * @param {'longTasks' | 'longFrames' | 'both'} [what] which to count and show
 * @param {number} [count] how many places
 * @returns {string[]} the places with the most of them, worst first
 */
export function worstPlaces(bySection, what = 'both', count = 6) {
	/** @param {Where} v */
	const weight = (v) =>
		what === 'both'
			? v.longTasks + v.longFrames
			: what === 'longTasks'
				? v.longTasks
				: v.longFrames;
	return Object.entries(bySection)
		.filter(([, v]) => weight(v) > 0)
		.sort(([, a], [, b]) => weight(b) - weight(a))
		.slice(0, count)
		.map(([where, v]) => {
			const parts = [];
			if (v.longTasks && what !== 'longFrames') {
				parts.push(`${counted(v.longTasks, 'long task')} (worst ${v.worstTaskMs} ms)`);
			}
			if (v.longFrames && what !== 'longTasks') {
				parts.push(`${counted(v.longFrames, 'long frame')} (worst ${v.worstFrameMs} ms)`);
			}
			return `${where}: ${parts.join(', ')}`;
		});
}
