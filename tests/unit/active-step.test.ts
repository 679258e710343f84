import { describe, expect, it } from 'vitest';
import {
	activeStep,
	clampThreshold,
	stepChange,
	triggerRootMargin,
	triggerY
} from '../../src/lib/story/active-step';

// A 1000px viewport with the line at 60%: lineY = 600.
const LINE = 600;

describe('activeStep', () => {
	it('is the first step before any step reaches the line', () => {
		expect(activeStep([700, 1300, 1900], LINE)).toBe(0);
		expect(activeStep([601, 1300], LINE)).toBe(0);
	});

	it('counts a step whose top is exactly on the line as crossed', () => {
		expect(activeStep([0, 600, 1200], LINE)).toBe(1);
		expect(activeStep([0, 600.5, 1200], LINE)).toBe(0);
	});

	it('is the last crossed step when the line falls between two steps', () => {
		expect(activeStep([-900, -300, 300, 900], LINE)).toBe(2);
		expect(activeStep([-900, -300, 599, 601], LINE)).toBe(2);
	});

	it('is the last step once every step has crossed', () => {
		expect(activeStep([-3000, -2000, -1000], LINE)).toBe(2);
		expect(activeStep([-3000, -2000, -1000, 600], LINE)).toBe(3);
	});

	it('keeps a step taller than the viewport active until the next one crosses', () => {
		// Step 1 is 2500px tall: its top is far above the viewport, the next top far below it.
		expect(activeStep([-3100, -1800, 700], LINE)).toBe(1);
		expect(activeStep([-3100, -2400, 100], LINE)).toBe(2);
	});

	it('handles a single step, unknown positions and no steps at all', () => {
		expect(activeStep([5000], LINE)).toBe(0);
		expect(activeStep([-5000], LINE)).toBe(0);
		expect(activeStep([-100, Number.NaN, 900], LINE)).toBe(0);
		expect(activeStep([], LINE)).toBe(-1);
	});
});

describe('trigger line', () => {
	it('sits at the threshold fraction of the viewport height', () => {
		expect(triggerY(1000, 0.6)).toBe(600);
		expect(triggerY(844, 0.5)).toBe(422);
		expect(triggerY(1000, 1.5)).toBe(1000);
		expect(triggerY(1000, -1)).toBe(0);
	});

	it('clamps thresholds to the viewport and falls back to 0.6 for NaN', () => {
		expect(clampThreshold(0.25)).toBe(0.25);
		expect(clampThreshold(2)).toBe(1);
		expect(clampThreshold(-0.1)).toBe(0);
		expect(clampThreshold(Number.NaN)).toBe(0.6);
	});

	it('shrinks the observer root to a zero-height line at the threshold', () => {
		expect(triggerRootMargin(0.6)).toBe('-60% 0px -40% 0px');
		expect(triggerRootMargin(0.5)).toBe('-50% 0px -50% 0px');
		expect(triggerRootMargin(0.333)).toBe('-33.3% 0px -66.7% 0px');
		expect(triggerRootMargin(0)).toBe('-0% 0px -100% 0px');
		expect(triggerRootMargin(1)).toBe('-100% 0px -0% 0px');
	});
});

describe('stepChange', () => {
	const ids = ['intro', 'ban', 'response'];

	it('sets the first step silently when nothing was active yet', () => {
		expect(stepChange(ids, 0, undefined)).toEqual({ id: 'intro', notify: false });
		expect(stepChange(ids, 0, '')).toEqual({ id: 'intro', notify: false });
	});

	it('reports a later step on a page opened part-way down', () => {
		expect(stepChange(ids, 2, undefined)).toEqual({ id: 'response', notify: true });
	});

	it('reports every real change, including back to the first step', () => {
		expect(stepChange(ids, 1, 'intro')).toEqual({ id: 'ban', notify: true });
		expect(stepChange(ids, 0, 'ban')).toEqual({ id: 'intro', notify: true });
	});

	it('reports nothing when the step is unchanged or there are no steps', () => {
		expect(stepChange(ids, 1, 'ban')).toBeNull();
		expect(stepChange([], -1, 'ban')).toBeNull();
		expect(stepChange(ids, -1, undefined)).toBeNull();
	});
});
