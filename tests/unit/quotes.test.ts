import { describe, expect, it } from 'vitest';
import {
	isVerbatimIn,
	normaliseText,
	quoteParts,
	quoteProblem,
	sentenceEnds,
	sentencesOf
} from '../../src/lib/build/dataset/quotes';

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

describe('sentences', () => {
	it('end at a full stop, "!" or "?" before a capitalised word, not after an abbreviation', () => {
		const text = normaliseText(
			'The U.S. Commerce Department acted. Ms. Mao said “Never.” Then Gen. Li left! Why? It is 3.6bn.'
		);
		expect(sentencesOf(text)).toEqual([
			'The U.S. Commerce Department acted.',
			'Ms. Mao said "Never."',
			'Then Gen. Li left!',
			'Why?',
			'It is 3.6bn.'
		]);
		expect(sentenceEnds('ends with a full stop.')).toEqual([]);
		expect(sentenceEnds('e.g. a lower-case word. then more')).toEqual([]);
	});

	it('split at line breaks too', () => {
		expect(sentencesOf('A headline without a stop\nThe text.')).toEqual([
			'A headline without a stop',
			'The text.'
		]);
	});
});

describe('quoteProblem', () => {
	const article = sentencesOf(
		[
			'Regulator reviews chip maker',
			'Ms. Mao said the U.S. restricts more than 1,200 firms. The firm said its products are safe.',
			'The firm said it would cooperate.',
			'Ms. Mao said the U.S. restricts more than 1,200 firms. The firm said its products are safe.'
		].join('\n')
	);

	it('accepts one sentence, or less, that occurs in one passage (a repeated paragraph is one)', () => {
		expect(
			quoteProblem('Ms. Mao said the U.S. restricts more than 1,200 firms.', article)
		).toBeNull();
		expect(quoteProblem('restricts more than 1,200 firms', article)).toBeNull();
		expect(quoteProblem('Ms. Mao said ... 1,200 firms', article)).toBeNull();
	});

	it('rejects fewer than three words', () => {
		expect(quoteProblem('the', article)).toMatch(/^has 1 word; quote at least 3/);
		expect(quoteProblem('firm said ...', article)).toMatch(/^has 2 words/);
	});

	it('rejects two sentences, naming where one ends', () => {
		expect(quoteProblem('1,200 firms. The firm said', article)).toMatch(
			/^must be one sentence or less, but a sentence ends inside it \("\.\.\.1,200 firms\. The\.\.\."\)/
		);
	});

	it('rejects a phrase found in several sentences', () => {
		expect(quoteProblem('The firm said', article)).toBe(
			'occurs in 2 different sentences of the article, so it does not identify one; quote more of the sentence'
		);
	});

	it('rejects parts joined across two sentences', () => {
		expect(quoteProblem('restricts more than ... its products are safe', article)).toMatch(
			/runs across two sentences/
		);
	});
});
