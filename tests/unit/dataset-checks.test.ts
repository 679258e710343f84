/**
 * The dataset checks, on a small valid fixture (tests/fixtures/dataset) broken one way per test.
 * Each asserts the exact message an editor would see.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset, type RecordFiles } from '../../src/lib/build/dataset/parse';
import { ContentError, formatProblem } from '../../src/lib/build/problems';
import { readDataFiles } from '../../src/lib/build/dataset/read';

const fixture = readDataFiles('tests/fixtures/dataset');
const mapCodes = new Set(['NLD', 'CHN', 'USA']);

/** Problems, formatted, after applying `edit` to the fixture's record files. */
function problemsAfter(edit: (files: RecordFiles) => Partial<RecordFiles>): string[] {
	const files = { ...fixture.files, ...edit(fixture.files) };
	return parseDataset(files, { articles: fixture.articles, mapCodes }).problems.map(formatProblem);
}

/** Replaces exactly one occurrence, so a test cannot silently edit nothing. */
function once(text: string, from: string, to: string): string {
	expect(text.split(from)).toHaveLength(2);
	return text.replace(from, to);
}

describe('the fixture', () => {
	it('is valid, so each test below fails for its own reason only', () => {
		expect(problemsAfter(() => ({}))).toEqual([]);
	});
});

describe('schema problems name the file, record and field', () => {
	it('a citation without a quote', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(events, "      quote: The firm's shares fell 4.4% on the news.\n", '')
			}))
		).toEqual(['data/events.yaml, record "shares-fall", field "sources[0].quote": is required']);
	});

	it('an event without any source', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					events,
					"  sources:\n    - source: 900_00000000000000aa\n      quote: The firm's shares fell 4.4% on the news.\n",
					'  sources: []\n'
				)
			}))
		).toEqual([
			'data/events.yaml, record "shares-fall", field "sources": must cite at least one source'
		]);
	});

	it('a malformed date, an unknown field and a bad enum value, all reported at once', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					once(
						events,
						'date: 2023-03-31\n  datePrecision: day\n  dateBasis:\n    method: relative',
						'date: 31/03/2023\n  datePrecision: day\n  dateBasis:\n    method: relative'
					),
					'  side: micron\n',
					'  side: markets\n  colour: red\n'
				)
			}))
		).toEqual([
			'data/events.yaml, record "shares-fall", field "date": must be an ISO 8601 date, YYYY-MM-DD or YYYY-MM',
			'data/events.yaml, record "shares-fall", field "side": Invalid option: expected one of "us-allies"|"china"|"micron"|"other"',
			'data/events.yaml, record "shares-fall", field "colour": is not a known field'
		]);
	});

	it('a figure with both a value and a bound', () => {
		expect(
			problemsAfter(({ figures }) => ({
				figures: once(figures, '  min: 10\n', '  min: 10\n  value: 10\n')
			}))
		).toEqual([
			'data/figures.yaml, record "revenue-share", field "value": give either value, or min and/or max'
		]);
	});

	it('a YAML syntax error, with its line', () => {
		expect(
			problemsAfter(({ conflicts }) => ({
				conflicts: once(conflicts, '  claim: The', '  claim: "The" review')
			}))
		).toEqual(['data/conflicts.yaml, line 3: Unexpected scalar at node end']);
	});
});

describe('cross-checks', () => {
	it('a quote that is not in its source', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					events,
					'quote: The regulator said on Friday',
					'quote: The regulator said on Monday'
				)
			}))
		).toEqual([
			'data/events.yaml, record "review-opens", field "sources[0].quote": not found verbatim in 900_00000000000000aa: "The regulator said on Monday it will review products sold..."'
		]);
	});

	it("accepts a straight apostrophe for the article's typographic one, and extra whitespace", () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					events,
					"quote: The firm's shares fell",
					"quote: The   firm's shares\n        fell"
				)
			}))
		).toEqual([]);
	});

	it('an elided quote whose parts are out of order', () => {
		expect(
			problemsAfter(({ countries }) => ({
				countries: once(
					countries,
					'quote: review products ... Example Chips',
					'quote: Example Chips ... review products'
				)
			}))
		).toEqual([
			'data/countries.yaml, record "NLD", field "sources[0].quote": not found verbatim in 900_00000000000000aa: "Example Chips ... review products"'
		]);
	});

	it('a date that is not a real calendar date', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					events,
					'date: 2023-03-31\n  datePrecision: day\n  dateBasis:\n    method: weekday',
					'date: 2023-02-30\n  datePrecision: day\n  dateBasis:\n    method: weekday'
				)
			}))
		).toEqual([
			'data/events.yaml, record "review-opens", field "date": "2023-02-30" is not a real calendar date'
		]);
	});

	it('a date whose precision disagrees with how it is written', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					events,
					'date: 2023-03-31\n  datePrecision: day\n  dateBasis:\n    method: weekday',
					'date: 2023-03\n  datePrecision: day\n  dateBasis:\n    method: weekday'
				)
			}))
		).toEqual([
			'data/events.yaml, record "review-opens", field "datePrecision": is "day" but date "2023-03" is written to the month'
		]);
	});

	it('events out of date order', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(
					events,
					'date: 2023-03-31\n  datePrecision: day\n  dateBasis:\n    method: relative',
					'date: 2023-03-30\n  datePrecision: day\n  dateBasis:\n    method: relative'
				)
			}))
		).toEqual([
			'data/events.yaml, record "shares-fall", field "date": 2023-03-30 is out of order: events run oldest first, and "review-opens" (2023-03-31) comes before it'
		]);
	});

	it('a duplicate id', () => {
		expect(
			problemsAfter(({ events }) => ({
				events: once(events, 'id: shares-fall', 'id: review-opens')
			}))
		).toEqual([
			'data/events.yaml, record "review-opens", field "id": duplicate id "review-opens" (also record #1)'
		]);
	});

	it('an unknown source', () => {
		expect(
			problemsAfter(({ figures }) => ({
				figures: once(figures, 'source: 900_00000000000000aa', 'source: 901_00000000000000bb')
			}))
		).toEqual([
			'data/figures.yaml, record "revenue-share", field "sources[0].source": unknown source "901_00000000000000bb"'
		]);
	});

	it('an unknown country', () => {
		expect(
			problemsAfter(({ countries }) => ({ countries: once(countries, 'code: NLD', 'code: XKX') }))
		).toEqual([
			'data/countries.yaml, record "XKX", field "code": "XKX" is not a country in the map geometry'
		]);
	});

	it('references to events that do not exist', () => {
		expect(
			problemsAfter(({ countries, conflicts }) => ({
				countries: once(countries, 'events: [review-opens]', 'events: [review-closes]'),
				conflicts: once(
					conflicts,
					'affects: [review-opens]',
					'affects: [review-opens, NLD, nowhere]'
				)
			}))
		).toEqual([
			'data/countries.yaml, record "NLD", field "events[0]": unknown event "review-closes"',
			'data/conflicts.yaml, record "weekday-only", field "affects[2]": unknown event, figure or country "nowhere"'
		]);
	});

	it('a source record whose headline is not the article first line', () => {
		expect(
			problemsAfter(({ sources }) => ({
				sources: once(
					sources,
					'headline: Regulator reviews chip maker',
					'headline: Regulator bans chip maker'
				)
			}))
		).toEqual([
			'data/sources.yaml, record "900_00000000000000aa", field "headline": must be the article\'s first line: "Regulator reviews chip maker"'
		]);
	});
});

describe('ContentError', () => {
	it('lists every problem in its message, by file and line, each once', () => {
		const error = new ContentError([
			{ file: 'data/story.aml', line: 12, message: 'three' },
			{ file: 'data/figures.yaml', message: 'two' },
			{ file: 'data/events.yaml', record: 'a', field: 'date', message: 'one' },
			{ file: 'data/story.aml', line: 3, message: 'four' },
			{ file: 'data/figures.yaml', message: 'two' }
		]);
		expect(error.message).toBe(
			'The content has 4 problems:\n' +
				'  - data/events.yaml, record "a", field "date": one\n' +
				'  - data/figures.yaml: two\n' +
				'  - data/story.aml, line 3: four\n' +
				'  - data/story.aml, line 12: three'
		);
		expect(error.problems).toHaveLength(4);
	});
});
