/**
 * The words around the story (data/interface.aml): every field the pages show is there, once,
 * and names only the values the page fills in; each mistake is reported with its line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRAME, parseFrame } from '../../src/lib/build/copy/frame';
import { formatProblem } from '../../src/lib/build/problems';
import { codeSpans, fill } from '../../src/lib/frame';
import { dataset } from './support/charts';

const text = readFileSync('data/interface.aml', 'utf8');
const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const problemsAfter = (from: string, to: string) => {
	expect(text).toContain(from);
	return parseFrame(text.replace(from, to), dataset).problems.map(formatProblem);
};

describe('the frame’s words', () => {
	it('has every field the pages show, and nothing else', () => {
		const { frame, problems } = parseFrame(text, dataset);
		expect(problems).toEqual([]);
		expect(Object.keys(frame)).toEqual(Object.keys(FRAME));
		expect(frame.sources.article).toContain('{number}');
		expect(frame['data-page']['attribution-text']).not.toMatch(/\{count:/);
	});

	it('reports a missing field, an unknown one and a value the page does not fill', () => {
		expect(problemsAfter('\nkicker: ', '\nkicks: ')).toEqual([
			`data/interface.aml, line ${lineOf('\nkicker: ') + 1}, field "kicks": is not a field the pages show (see FRAME in src/lib/build/copy/frame.ts)`,
			expect.stringMatching(/field "kicker": is required$/)
		]);
		const line = lineOf('article: Article');
		expect(problemsAfter('article: Article {number}', 'article: Article {id}')).toEqual([
			`data/interface.aml, line ${line}, field "sources.article": names {id}, which the page does not fill in here (it fills: {number})`,
			`data/interface.aml, line ${line}, field "sources.article": must say {number} once (it says it 0 times)`
		]);
		expect(problemsAfter('{count:sources} news', '{count:nothing} news')).toEqual([
			expect.stringContaining('unknown placeholder in placeholder {count:nothing}')
		]);
	});
});

describe('filling the words in', () => {
	it('puts the page’s values in, and marks code', () => {
		expect(fill('Article {number} of {total}', { number: '004' })).toBe('Article 004 of {total}');
		expect(codeSpans('Add `?state=` to open it.')).toEqual([
			{ text: 'Add ', code: false },
			{ text: '?state=', code: true },
			{ text: ' to open it.', code: false }
		]);
	});
});
