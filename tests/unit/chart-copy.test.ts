/**
 * The charts' words loader, on a small chart of its own and the fixture dataset: what it
 * resolves, and that every mistake an editor can make is reported by line and field, all at
 * once. (The real words are checked by the build and the story tests.)
 */
import { describe, expect, it } from 'vitest';
import { parseChartWords, type WordsSpec } from '../../src/lib/build/copy/chart-words';
import { parseDataset } from '../../src/lib/build/dataset/parse';
import { readDataFiles } from '../../src/lib/build/dataset/read';
import { formatProblem } from '../../src/lib/build/problems';

const fixture = readDataFiles('tests/fixtures/dataset');
const { dataset } = parseDataset(fixture.files, { articles: fixture.articles });

const SPEC: WordsSpec = {
	name: 'demo',
	states: ['first', 'second'],
	keyState: 'second',
	embedHeight: 500,
	words: ['label', 'group'],
	locals: ['count']
};

const COPY = `{demo}
title: A demo chart
summary: Opened {event:review-opens.date}.
description: The share is {figure:revenue-share}.
note: A note.
label: A label
group: {count} things
[.states]
id: first
label: First
alt: The first view.

id: second
label: Second
alt: The second view, of {count} things.
[]
{}
`;

const lineOf = (text: string, needle: string) =>
	text.slice(0, text.indexOf(needle)).split('\n').length;

/** The problems of the copy with `from` replaced by `to`, as the build prints them. */
function problemsAfter(from: string, to: string): string[] {
	expect(COPY).toContain(from);
	return parseChartWords(COPY.replace(from, to), dataset, [SPEC])
		.problems.map(formatProblem)
		.sort();
}

describe('the charts’ words', () => {
	const { words, problems } = parseChartWords(COPY, dataset, [SPEC]);
	const demo = words.demo;

	it('resolve dataset placeholders, fill the values the chart computes, and give the framing', () => {
		expect(problems).toEqual([]);
		expect(demo?.text('group', { count: 5 })).toBe('5 things');
		const meta = demo?.meta([{ id: 's', label: 'S' }], ['x.csv'], { count: 2 });
		expect(meta).toMatchObject({
			name: 'demo',
			keyState: 'second',
			embedHeight: 500,
			summary: 'Opened 31 March 2023.',
			description: 'The share is more than 10%.',
			dataFiles: ['x.csv']
		});
		expect(meta?.states.map((s) => [s.id, s.alt])).toEqual([
			['first', 'The first view.'],
			['second', 'The second view, of 2 things.']
		]);
	});

	it('report a chart value left unfilled, at its line', () => {
		const reported = parseChartWords(COPY, dataset, [SPEC]);
		reported.words.demo?.text('group');
		expect(reported.problems.map(formatProblem)).toEqual([
			`data/charts.aml, line ${lineOf(COPY, '{count} things')}, field "group": {demo}: the demo chart gives no value for {count}`
		]);
	});
});

describe('mistakes in the charts’ words are reported with their line, all at once', () => {
	it('an unknown dataset placeholder, and a value the chart does not compute', () => {
		const problems = problemsAfter('{figure:revenue-share}', '{figure:nope}');
		expect(problems).toEqual([
			expect.stringMatching(
				/^data\/charts\.aml, line 4, field "description": \{demo\}: unknown figure "nope" in placeholder \{figure:nope\}$/
			)
		]);
		expect(problemsAfter('group: {count}', 'group: {total}')).toEqual([
			expect.stringMatching(
				/line 7, field "group": \{demo\}: unrecognised placeholder in placeholder \{total\}/
			)
		]);
	});

	it('a field the chart does not read, a missing one, and several at once', () => {
		expect(problemsAfter('label: A label', 'lable: A label')).toEqual([
			expect.stringMatching(/line 2, field "label": \{demo\} field "label": is required/),
			expect.stringMatching(/line 6, field "lable": \{demo\} field "lable": is not a known field/)
		]);
	});

	it('a line ArchieML would drop: words in no field, a field written twice', () => {
		expect(problemsAfter('label: A label', 'which no field holds\nlabel: A label')).toEqual([
			'data/charts.aml, line 6: this line is in no field, so ArchieML drops it: a field is one line, or ends with ":end"'
		]);
		expect(problemsAfter('label: A label', 'label: first\nlabel: A label')).toEqual([
			'data/charts.aml, line 6: this "label:" is dropped, because a later "label:" in the same block replaces it'
		]);
	});

	it('a run of eight or more words copied from an article, outside quotation marks', () => {
		const copied = 'note: The regulator said on Friday it will review products.';
		const problems = parseChartWords(COPY.replace('note: A note.', copied), dataset, [SPEC], {
			articles: fixture.articles
		}).problems.map(formatProblem);
		expect(problems).toEqual([
			`data/charts.aml, line 5, field "note": {demo} copies 9 consecutive words of article 900 outside quotation marks: "The regulator said on Friday it will review products"; say it in our own words, or quote it verbatim in “…”`
		]);
		const quoted = 'note: “The regulator said on Friday it will review products.”';
		expect(
			parseChartWords(COPY.replace('note: A note.', quoted), dataset, [SPEC], {
				articles: fixture.articles
			}).problems
		).toEqual([]);
	});

	it('states that do not match the chart’s, a chart with no block, and an unknown chart', () => {
		expect(problemsAfter('id: second', 'id: later')).toEqual([
			expect.stringMatching(/\{demo\} must describe the states first, second, in that order/)
		]);
		const other = { ...SPEC, name: 'other' };
		const { problems } = parseChartWords(COPY, dataset, [other]);
		expect(problems.map(formatProblem)).toEqual([
			expect.stringMatching(/line 2: unknown chart "demo" \(charts: other\)/),
			expect.stringMatching(/no \{other\} block: the chart's words are missing/)
		]);
	});
});
