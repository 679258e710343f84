/**
 * Pure decisions behind the scroll story's step tracker (`Scroller.svelte`): which step is active
 * for a set of step positions, where the trigger line sits, and when a change is worth reporting.
 * No DOM here, so every rule is unit-tested with exact values.
 */

/** The trigger line's default position: 60% of the way down the viewport. */
export const DEFAULT_THRESHOLD = 0.6;

/** A threshold limited to the viewport (0 = top edge, 1 = bottom edge); not-a-number gives the default. */
export function clampThreshold(threshold: number): number {
	if (Number.isNaN(threshold)) return DEFAULT_THRESHOLD;
	return Math.min(1, Math.max(0, threshold));
}

/** The trigger line's distance from the top of a viewport `viewportHeight` pixels tall. */
export function triggerY(viewportHeight: number, threshold: number): number {
	return viewportHeight * clampThreshold(threshold);
}

/**
 * An IntersectionObserver `rootMargin` that shrinks the viewport to a zero-height line at the
 * threshold, so the observer fires exactly when a step's edge crosses the line. Percentages keep
 * it right when the viewport's height changes, with no need to rebuild the observer.
 */
export function triggerRootMargin(threshold: number): string {
	const above = round(clampThreshold(threshold) * 100);
	const below = round(100 - above);
	return `-${above}% 0px -${below}% 0px`;
}

function round(percent: number): number {
	return Math.round(percent * 1000) / 1000;
}

/**
 * Index of the active step: the last step (in DOM order) whose top is at or above the trigger
 * line, or the first step if none has reached it yet. -1 for no steps. A step taller than the
 * viewport stays active while its top is above the line and the next step's top is below it.
 * Unknown positions (NaN) count as not yet crossed.
 *
 * @param tops each step's top edge, in viewport pixels (`getBoundingClientRect().top`)
 * @param lineY the trigger line, in the same pixels
 */
export function activeStep(tops: readonly number[], lineY: number): number {
	if (tops.length === 0) return -1;
	for (let index = tops.length - 1; index > 0; index--) {
		if ((tops[index] as number) <= lineY) return index;
	}
	return 0;
}

/**
 * What to report when the step at `index` becomes active while `current` is the active id:
 * `null` when nothing changes (or there is no step); otherwise the new id and whether it counts
 * as a change for `onchange`. The first step replacing an unset id (undefined or '') is the
 * starting state, not a change; any other step replacing it is (a page opened part-way down).
 */
export function stepChange(
	ids: readonly string[],
	index: number,
	current: string | undefined
): { id: string; notify: boolean } | null {
	const id = ids[index];
	if (id === undefined || id === current) return null;
	const unset = current === undefined || current === '';
	return { id, notify: !unset || index !== 0 };
}
