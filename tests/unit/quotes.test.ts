import { describe, expect, it } from 'vitest';
import { isVerbatimIn, normaliseText, quoteParts } from '../../src/lib/data/quotes';

describe('normaliseText', () => {
	it('folds typographic quotes, apostrophes, dashes, ellipses and whitespace', () => {
		expect(normaliseText('  “China’s” ‘review’ – 2023—24 …\n\tend ')).toBe(
			`"China's" 'review' - 2023-24 ... end`
		);
	});

	it('changes nothing else: case, letters and punctuation stay', () => {
		expect(normaliseText('Mircon, not Micron.')).toBe('Mircon, not Micron.');
	});
});

describe('quoteParts', () => {
	it('splits on "..." and on the ellipsis character', () => {
		expect(quoteParts('first part ... second part…third')).toEqual([
			'first part',
			'second part',
			'third'
		]);
	});
});

describe('isVerbatimIn', () => {
	const text = 'Ms Mao said: “This is economic coercion and is unacceptable,” she said.';

	it('finds a quote that differs only in typography', () => {
		expect(isVerbatimIn('"This is economic coercion and is unacceptable,"', text)).toBe(true);
	});

	it('finds elided parts in order and rejects them out of order', () => {
		expect(isVerbatimIn('Ms Mao said ... unacceptable', text)).toBe(true);
		expect(isVerbatimIn('unacceptable ... Ms Mao said', text)).toBe(false);
	});

	it('rejects a changed word, a changed case and an empty quote', () => {
		expect(isVerbatimIn('This is economic pressure', text)).toBe(false);
		expect(isVerbatimIn('this is economic coercion', text)).toBe(false);
		expect(isVerbatimIn(' ... ', text)).toBe(false);
	});
});
