/**
 * Which public anchor the reader is at: the deepest section or step (in document order) whose
 * top has crossed the trigger line, or none at the very top. The story keeps the URL's hash on
 * it, so a copied address opens where the reader was. Same line and rule as the scroll steps.
 */
import { activeStep } from './active-step.ts';

/** Index of the anchor the reader is at, or -1 before the first has reached the line. */
export function readingAnchor(tops: readonly number[], lineY: number): number {
	if (tops.length === 0 || (tops[0] as number) > lineY || Number.isNaN(tops[0])) return -1;
	return activeStep(tops, lineY);
}
