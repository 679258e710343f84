import { describe, expect, it } from 'vitest';
import { activeStep, readingAnchor, triggerLine } from '../../src/lib/client/reading';

const box = (left: number, right: number, top = 0, bottom = 0) => ({ left, right, top, bottom });

describe('triggerLine', () => {
	it('is halfway down the room under the chart when the chart sits above the steps (phones)', () => {
		expect(triggerLine(box(0, 375, -40, 331), box(12, 363, 400, 3000), 667)).toBe(499);
	});

	it('never falls below the viewport, even before the chart has stuck', () => {
		expect(triggerLine(box(0, 375, 500, 900), box(12, 363, 920, 4000), 667)).toBe(667);
	});

	it('is 60% down the viewport when the chart sits beside the steps (desktop)', () => {
		expect(triggerLine(box(440, 1240, 0, 500), box(40, 400, -100, 4000), 800)).toBe(480);
	});
});

describe('activeStep', () => {
	it('is the last step whose top has reached the line, or the first before any has', () => {
		expect(activeStep([500, 900, 1300], 480)).toBe(0);
		expect(activeStep([-400, 470, 1300], 480)).toBe(1);
		expect(activeStep([-900, -400, 480], 480)).toBe(2);
		expect(activeStep([], 480)).toBe(-1);
	});

	it('counts unknown positions as not reached', () => {
		expect(activeStep([-400, Number.NaN, 1300], 480)).toBe(0);
	});
});

describe('readingAnchor', () => {
	it('is none until the first anchor reaches the line', () => {
		expect(readingAnchor([500, 900], 480)).toBe(-1);
		expect(readingAnchor([], 480)).toBe(-1);
		expect(readingAnchor([Number.NaN], 480)).toBe(-1);
	});

	it('is the deepest anchor at or above the line', () => {
		expect(readingAnchor([-800, -200, 480, 1200], 480)).toBe(2);
		expect(readingAnchor([-800, -200, 481, 1200], 480)).toBe(1);
	});
});
