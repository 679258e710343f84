/**
 * The pure decisions behind the story's scroll tracker (steps.ts): where a section's trigger
 * line sits, which step is active, and which public anchor the reader is at. No DOM here, so
 * each rule is unit-tested with exact values.
 */

/** Where the trigger line sits on wide layouts, as a share of the viewport's height. */
export const LINE_SHARE = 0.6;

/** A box as `getBoundingClientRect` gives it, reduced to what the rules read. */
export interface Box {
	top: number;
	bottom: number;
	left: number;
	right: number;
}

/** Whether a chart sits above its steps (they share columns), not beside them. */
export function chartAboveSteps(figure: Box, steps: Box): boolean {
	return figure.left < steps.right && steps.left < figure.right;
}

/**
 * The trigger line of a chart section, in viewport pixels. When the chart sits above its steps
 * (phones: the chart sticks at the top, steps pass below it) the line is halfway down the room
 * left under the chart, so a step takes over as it becomes the one being read there. When the
 * chart sits beside them, the line is 60% of the way down the viewport.
 */
export function triggerLine(figure: Box, steps: Box, viewportHeight: number): number {
	if (!chartAboveSteps(figure, steps)) return viewportHeight * LINE_SHARE;
	const below = Math.min(Math.max(figure.bottom, 0), viewportHeight);
	return below + (viewportHeight - below) / 2;
}

/**
 * Index of the active step: the last whose top is at or above the line, or the first before any
 * has reached it. -1 for no steps. Unknown positions (NaN) count as not yet reached.
 */
export function activeStep(tops: readonly number[], line: number): number {
	if (tops.length === 0) return -1;
	for (let index = tops.length - 1; index > 0; index--) {
		if ((tops[index] as number) <= line) return index;
	}
	return 0;
}

/** Index of the anchor the reader is at, or -1 before the first has reached the line. */
export function readingAnchor(tops: readonly number[], line: number): number {
	if (tops.length === 0 || !((tops[0] as number) <= line)) return -1;
	return activeStep(tops, line);
}
