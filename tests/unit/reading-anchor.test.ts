import { describe, expect, it } from 'vitest';
import { readingAnchor } from '../../src/lib/story/reading-anchor';

describe('readingAnchor', () => {
	it('is none until the first anchor reaches the line', () => {
		expect(readingAnchor([500, 900], 480)).toBe(-1);
		expect(readingAnchor([], 480)).toBe(-1);
	});

	it('is the deepest anchor at or above the line, sections and steps alike', () => {
		// section (top -800), its first step (-200), second step (480), next section (1200)
		expect(readingAnchor([-800, -200, 480, 1200], 480)).toBe(2);
		expect(readingAnchor([-800, -200, 481, 1200], 480)).toBe(1);
		expect(readingAnchor([-3000, -2400, -1800, -100], 480)).toBe(3);
	});
});
