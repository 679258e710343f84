import { describe, expect, it } from 'vitest';
import {
	copiedRunMessage,
	copiedRuns,
	quotedRanges,
	MIN_COPIED_WORDS
} from '../../src/lib/build/copy/own-words';

const articles = new Map([
	[
		'900_00000000000000aa.txt',
		'Regulator bars chip maker’s products from key networks\n\nAdditionally, it has not clearly explained what businesses must do to pass a cybersecurity review. “We remain unclear as to what security concerns exist,” the finance chief said.'
	],
	[
		'901_00000000000000bb.txt',
		'US firms have lost billions of dollars of potential sales to Chinese customers.'
	]
]);

describe('copiedRuns', () => {
	it('finds a planted run of eight words copied outside quotation marks, with its article', () => {
		const text =
			'The regulator has not clearly explained what businesses must do to pass, one report said.';
		const runs = copiedRuns(text, articles);
		expect(runs).toEqual([
			{
				run: 'has not clearly explained what businesses must do to pass',
				words: 10,
				article: '900_00000000000000aa.txt',
				index: text.indexOf('has not')
			}
		]);
		const [first] = runs;
		expect(first && copiedRunMessage(first)).toBe(
			'copies 10 consecutive words of article 900 outside quotation marks: "has not clearly explained what businesses must do to pass"; say it in our own words, or quote it verbatim in “…”'
		);
	});

	it('ignores case and punctuation, so a respelt copy is still found', () => {
		const runs = copiedRuns(
			'US FIRMS have lost -- billions of dollars, of potential sales.',
			articles
		);
		expect(runs.map((r) => r.words)).toEqual([10]);
	});

	it('passes the same run inside typographic quotation marks, double or single', () => {
		expect(
			copiedRuns(
				'The regulator, it said, “has not clearly explained what businesses must do to pass”.',
				articles
			)
		).toEqual([]);
		expect(
			copiedRuns(
				'The report: ‘US firms have lost billions of dollars of potential sales’.',
				articles
			)
		).toEqual([]);
	});

	it('does not join the words either side of a quotation into one run', () => {
		// Seven words, a quotation, then words again: no eight unquoted words in a row.
		const text =
			'US firms have lost billions of dollars “of potential sales to Chinese” customers.';
		expect(copiedRuns(text, articles)).toEqual([]);
	});

	it('counts straight quotation marks as no quotation: the copy must use typographic ones', () => {
		const text = 'It said "US firms have lost billions of dollars of potential sales".';
		expect(copiedRuns(text, articles)).toHaveLength(1);
	});

	it('reads an apostrophe inside a single-quoted passage as an apostrophe, not its end', () => {
		const text = '‘the chip maker’s products from key networks’ and our own words after it.';
		expect(quotedRanges(text)).toEqual([[0, text.indexOf(' and our')]]);
	});

	it('allows seven shared words in a row, and finds eight', () => {
		expect(MIN_COPIED_WORDS).toBe(8);
		expect(
			copiedRuns('They have lost billions of dollars of potential revenue.', articles)
		).toEqual([]);
		expect(
			copiedRuns('They have lost billions of dollars of potential sales too.', articles)
		).toHaveLength(1);
	});

	it('exempts an article’s title where the sources list shows it', () => {
		const headline = 'Regulator bars chip maker’s products from key networks';
		const listed = `Article 900: ${headline}. Publisher not named.`;
		expect(copiedRuns(listed, articles)).toHaveLength(1);
		expect(copiedRuns(listed, articles, { exempt: [headline] })).toEqual([]);
		// The exemption is for the title itself, not for the title's words used elsewhere.
		expect(
			copiedRuns('Regulator bars chip maker’s products from key networks, we said.', articles, {
				exempt: ['Some other title']
			})
		).toHaveLength(1);
	});
});
