/** Where a details panel goes beside its mark: exact places for each rule in turn. */
import { describe, expect, it } from 'vitest';
import { placement } from '../../src/lib/client/placement';

/** A 24 px mark with its top-left at (x, y). */
const mark = (x: number, y: number) => ({ left: x, top: y, right: x + 24, bottom: y + 24 });

describe('placement', () => {
	it('puts the panel below the mark, centred on it, when it fits', () => {
		expect(placement(mark(500, 100), 300, 200, 1280, 800)).toEqual([362, 130, 664]);
	});

	it('goes above when there is no room below', () => {
		expect(placement(mark(500, 600), 300, 200, 1280, 800)).toEqual([362, 394, 588]);
	});

	it('goes to the side with more room when it fits neither below nor above', () => {
		expect(placement(mark(500, 360), 384, 600, 1280, 800)).toEqual([530, 72, 788]);
		expect(placement(mark(1000, 360), 384, 600, 1280, 800)).toEqual([610, 72, 788]);
	});

	it('keeps inside the screen, 6 px from its edges', () => {
		expect(placement(mark(0, 100), 351, 200, 375, 667)).toEqual([6, 130, 531]);
		expect(placement(mark(360, 100), 351, 200, 375, 667)).toEqual([18, 130, 531]);
	});

	it('takes the roomier of below and above, its height capped to it, on a narrow screen', () => {
		expect(placement(mark(100, 80), 351, 600, 375, 667)).toEqual([6, 110, 551]);
		expect(placement(mark(100, 500), 351, 600, 375, 667)).toEqual([6, 6, 488]);
	});

	it('counts only the part of the mark on screen', () => {
		expect(placement(mark(100, -100), 300, 200, 1280, 800)).toEqual([6, 6, 788]);
		expect(placement(mark(100, 900), 300, 200, 1280, 800)).toEqual([6, 594, 788]);
	});
});
