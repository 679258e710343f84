/**
 * The real dataset, broken in memory the way a careless editor might break it: each mutation
 * must fail with exactly the problems listed (file, record and field named; no knock-on
 * problems). Parsing is pure, so no build is needed.
 */
import { describe, expect, it } from 'vitest';
import { parseDataset, type RecordFiles } from '../../src/lib/build/dataset/parse';
import { ContentError, formatProblem } from '../../src/lib/build/problems';
import { CHARTS } from '../../src/lib/charts/registry';
import type { RecordType } from '../../src/lib/build/dataset/schema';
import { readDataFiles } from '../../src/lib/build/dataset/read';
import { mapCountryCodes } from '../../src/lib/charts/controls-map/build/atlas';

const real = readDataFiles('data');
const context = {
	articles: real.articles,
	mapCodes: mapCountryCodes(),
	needs: CHARTS.flatMap((chart) => ('figures' in chart && chart.figures) || [])
};

/** Replaces exactly one occurrence, so a case cannot silently edit nothing. */
function once(text: string, from: string, to: string): string {
	expect(text.split(from), from).toHaveLength(2);
	return text.replace(from, to);
}

function parseAfter(edits: [RecordType, string, string][]) {
	const files: RecordFiles = { ...real.files };
	for (const [type, from, to] of edits) files[type] = once(files[type], from, to);
	const { problems, skipped } = parseDataset(files, context);
	return { problems: problems.map(formatProblem), skipped };
}

const FIGURES = 'data/figures.yaml';
const EVENTS = 'data/events.yaml';
const SOURCES = 'data/sources.yaml';
const WINDOW =
	"2018-03-31 to 2023-05-23 (from 5 years before the earliest article, 2023-03-31, to the latest article's publication, by data/sources.yaml)";

/** [what an editor did, the edits, the problems it must produce] */
const CASES: [string, [RecordType, string, string][], string[]][] = [
	[
		'a summary that copies eight or more words of an article outside quotation marks',
		[
			[
				'events',
				'  summary: Micron’s stock fell a further 1.2% on the next trading day.',
				'  summary: Micron’s shares fell by 4.4% on Wall Street last Friday, marking the steepest decline.'
			]
		],
		[
			`${EVENTS}, record "micron-shares-fall-monday", field "summary": copies 15 consecutive words of article 004 outside quotation marks: "Micron’s shares fell by 4.4% on Wall Street last Friday, marking the steepest decline"; say it in our own words, or quote it verbatim in “…”`
		]
	],
	[
		'the same words inside typographic quotation marks: a quotation, not a copy',
		[
			[
				'events',
				'  summary: Micron’s stock fell a further 1.2% on the next trading day.',
				'  summary: Article 004 says “Micron’s shares fell by 4.4% on Wall Street last Friday, marking the steepest decline”.'
			]
		],
		[]
	],
	[
		'a share of revenue below zero',
		[
			[
				'figures',
				'min: 10\n  unit: percent\n  kind: share',
				'min: -10\n  unit: percent\n  kind: share'
			]
		],
		[
			`${FIGURES}, record "china-revenue-share", field "min": is -10, outside 0 to 100 for kind "share"`
		]
	],
	[
		'a share of revenue above 100%',
		[
			[
				'figures',
				'min: 10\n  unit: percent\n  kind: share',
				'min: 150\n  unit: percent\n  kind: share'
			]
		],
		[
			`${FIGURES}, record "china-revenue-share", field "min": is 150, outside 0 to 100 for kind "share"`
		]
	],
	[
		'"more than 100%" of revenue',
		[
			[
				'figures',
				'min: 10\n  unit: percent\n  kind: share',
				'min: 100\n  unit: percent\n  kind: share'
			]
		],
		[
			`${FIGURES}, record "china-revenue-share", field "min": "more than 100" leaves nothing above it for kind "share"`
		]
	],
	[
		'a loss estimate of -50% to 400%',
		[['figures', '  min: 1\n  max: 9\n', '  min: -50\n  max: 400\n']],
		[
			`${FIGURES}, record "cfo-loss-estimate", field "min": is -50, outside 0 to 100 for kind "share"`,
			`${FIGURES}, record "cfo-loss-estimate", field "max": is 400, outside 0 to 100 for kind "share"`
		]
	],
	[
		'a range whose min is above its max',
		[['figures', '  min: 1\n  max: 9\n', '  min: 9\n  max: 1\n']],
		[`${FIGURES}, record "cfo-loss-estimate", field "max": must not be less than min`]
	],
	[
		'an amount of money beyond any plausible figure',
		[['figures', 'value: 3600000000', 'value: 1e308']],
		[
			`${FIGURES}, record "micron-japan-investment", field "value": is 1e+308, outside 1 to 1,000,000,000,000 for kind "money"`
		]
	],
	[
		'a share price that fell by more than all of it',
		[['figures', 'value: -4.4', 'value: -150']],
		[
			`${FIGURES}, record "share-fall-review-day", field "value": is -150, outside -100 to 1,000 for kind "change"`
		]
	],
	[
		'a suspension of 30 years',
		[['figures', 'value: 3\n  unit: months', 'value: 360\n  unit: months']],
		[
			`${FIGURES}, record "deloitte-suspension-length", field "value": is 360, outside 0 to 120 for kind "duration"`
		]
	],
	[
		'half a person',
		[['figures', 'value: 5\n', 'value: 5.5\n']],
		[
			`${FIGURES}, record "mintz-staff-detained", field "value": must be a whole number for kind "count"`
		]
	],
	[
		'a kind that does not fit the unit, on a figure a chart draws',
		[
			[
				'figures',
				'min: 10\n  unit: percent\n  kind: share',
				'min: 10\n  unit: percent\n  kind: count'
			]
		],
		[
			`${FIGURES}, record "china-revenue-share", field "unit": must be companies or people for a figure of kind "count"`
		]
	],
	[
		'a figure the revenue chart draws, renamed',
		[['figures', 'id: china-revenue-share', 'id: china-share']],
		[
			`${FIGURES}, record "china-revenue-share", field "id": no figure has this id, but the revenue chart draws it as a share with min`,
			'data/conflicts.yaml, record "revenue-share-bound", field "affects[0]": unknown event, figure or country "china-revenue-share"',
			'data/conflicts.yaml, record "article-003-duplicated", field "affects[0]": unknown event, figure or country "china-revenue-share"',
			'data/conflicts.yaml, record "articles-003-004-one-report", field "affects[0]": unknown event, figure or country "china-revenue-share"'
		]
	],
	[
		'a figure the revenue chart draws, in the wrong unit and kind',
		[
			[
				'figures',
				'min: 10\n  unit: percent\n  kind: share',
				'min: 10\n  unit: months\n  kind: duration'
			]
		],
		[
			`${FIGURES}, record "china-revenue-share", field "kind": is "duration", but the revenue chart draws it as a share with min`
		]
	],
	[
		'an estimate the revenue chart draws as a range, given as one value',
		[
			[
				'figures',
				'  min: 1\n  max: 9\n  unit: percent\n  kind: share\n  qualifier: estimate',
				'  value: 5\n  unit: percent\n  kind: share\n  qualifier: estimate'
			]
		],
		[
			`${FIGURES}, record "cfo-loss-estimate", field "min": is required: the revenue chart draws it as a share with min and max`,
			`${FIGURES}, record "cfo-loss-estimate", field "max": is required: the revenue chart draws it as a share with min and max`
		]
	],
	[
		'a year typed 0023',
		[
			[
				'figures',
				'asOf: 2023-03-31\n  event: micron-shares-fall-review\n  sources:\n    - source: 004_27abe782be38579c\n      quote: Micron’s',
				'asOf: 0023-03-31\n  event: micron-shares-fall-review\n  sources:\n    - source: 004_27abe782be38579c\n      quote: Micron’s'
			]
		],
		[
			`${FIGURES}, record "share-fall-review-day", field "asOf": "0023-03-31" is outside the dates the articles can report: ${WINDOW}`
		]
	],
	[
		'a year typed 2203 on the last event',
		[
			[
				'events',
				'id: hoekstra-holds-line\n  date: 2023-05-23',
				'id: hoekstra-holds-line\n  date: 2203-05-23'
			]
		],
		[
			`${EVENTS}, record "hoekstra-holds-line", field "date": "2203-05-23" is outside the dates the articles can report: ${WINDOW}`
		]
	],
	[
		'an article dated 2203',
		[
			[
				'sources',
				'earliest: 2023-05-22\n    latest: 2023-05-22',
				'earliest: 2203-05-22\n    latest: 2023-05-22'
			]
		],
		[
			`${SOURCES}, record "001_b8d3ddc2f685fc12", field "published.earliest": "2203-05-22" is more than 2 years from the middle article's date (2023-05-21); articles on one story are published within 2 years of one another`,
			`${SOURCES}, record "001_b8d3ddc2f685fc12", field "published.latest": is before published.earliest (2203-05-22)`
		]
	],
	[
		'a quote of one word',
		[['conflicts', 'quote: the Mircon products', 'quote: the']],
		[
			'data/conflicts.yaml, record "mircon-typo", field "sources[0].quote": has 1 word; quote at least 3, enough to identify the passage: "the"'
		]
	],
	[
		'a quote of two sentences',
		[
			[
				'figures',
				"      quote: Micron Technology, one of America's largest memory chip makers, derives more than 10% of its revenue from China.\n",
				'      quote: derives more than 10% of its revenue from China. The company has warned of potential risks\n'
			]
		],
		[
			`${FIGURES}, record "china-revenue-share", field "sources[0].quote": must be one sentence or less, but a sentence ends inside it ("...revenue from China. The..."); quote one sentence, or join two parts with "...": "derives more than 10% of its revenue from China. The comp..."`
		]
	],
	[
		'a phrase found in several sentences of the article',
		[
			[
				'events',
				'quote: In October when the Biden administration enacted chip export controls on China',
				'quote: of Micron products'
			]
		],
		[
			`${EVENTS}, record "us-export-controls", field "sources[1].quote": occurs in 2 different sentences of the article, so it does not identify one; quote more of the sentence: "of Micron products"`
		]
	],
	[
		'a title carrying a right-to-left override',
		[
			[
				'events',
				'title: US limits advanced chips, tools to China',
				'title: US limits advanced \u202Echips, tools to China'
			]
		],
		[
			`${EVENTS}, record "us-export-controls", field "title": contains a bidirectional control character (U+202E) at character 20, which a reader cannot see: delete it`
		]
	],
	[
		'a title made of zero-width spaces',
		[['events', 'title: US limits advanced chips, tools to China', 'title: "\u200B\u200B\u200B"']],
		[
			`${EVENTS}, record "us-export-controls", field "title": contains a zero-width character (U+200B) at character 1, which a reader cannot see: delete it`
		]
	],
	[
		'a summary of a megabyte',
		[
			[
				'events',
				'summary: The Biden administration required',
				`summary: ${'x'.repeat(1_000_000)} The Biden administration required`
			]
		],
		[`${EVENTS}, record "us-export-controls", field "summary": must be 600 characters or fewer`]
	],
	[
		'a note with a left-to-right isolate',
		[['figures', 'note: A lower bound only.', 'note: A lower \u2066bound only.']],
		[
			`${FIGURES}, record "china-revenue-share", field "note": contains a bidirectional control character (U+2066) at character 9, which a reader cannot see: delete it`
		]
	],
	[
		'an event rejected for its own problem is still known to the records that name it',
		[
			[
				'events',
				'id: cac-ban\n  date: 2023-05-21\n  datePrecision: day\n  dateBasis:\n    method: weekday',
				'id: cac-ban\n  date: 2023-05-21\n  datePrecision: day\n  dateBasis:\n    method: guessed'
			]
		],
		[
			`${EVENTS}, record "cac-ban", field "dateBasis.method": Invalid option: expected one of "stated"|"weekday"|"relative"|"external"|"context"`
		]
	],
	[
		'an article record rejected for its own problem is still known to the citations that name it',
		[
			[
				'sources',
				'firstLine: headline\n  outlet:\n    name: UPI',
				'firstLine: title\n  outlet:\n    name: UPI'
			]
		],
		[
			`${SOURCES}, record "001_b8d3ddc2f685fc12", field "firstLine": Invalid option: expected one of "headline"|"lede"`
		]
	]
];

describe('a careless edit to the real dataset fails with each problem named once', () => {
	it('the real dataset is clean, so each case fails for its own reason', () => {
		expect(parseAfter([]).problems).toEqual([]);
	});

	it.each(CASES)('%s', (_, edits, expected) => {
		expect(parseAfter(edits).problems).toEqual(expected);
	});
});

describe('a file that does not parse', () => {
	it('reports its syntax error alone, and says once which checks were skipped', () => {
		const { problems, skipped } = parseAfter([
			['events', '- id: cac-ban\n', '- id: cac-ban\n  bad: [unclosed\n']
		]);
		// YAML names the line after the unclosed bracket, which follows "- id: cac-ban".
		const line = real.files.events.split('\n').indexOf('- id: cac-ban') + 3;
		expect(problems).toEqual([
			`data/events.yaml, line ${line}: Flow sequence in block collection must be sufficiently indented and end with a ] (and 4 further syntax errors after it, most likely caused by this one)`
		]);
		expect(skipped).toEqual([
			'Not checked until data/events.yaml parses: references to events from figures, countries and conflicts.'
		]);
		expect(new ContentError([], skipped).message).toContain('Not checked until data/events.yaml');
	});

	it('reports an alias bomb as a problem in its file, with the line of the first alias', () => {
		const bomb = [
			'a: &a [x, x, x, x, x, x, x, x, x]',
			...Array.from({ length: 8 }, (_, i) => {
				const previous = i === 0 ? 'a' : `l${i}`;
				return `l${i + 1}: &l${i + 1} [${Array(9).fill(`*${previous}`).join(', ')}]`;
			})
		].join('\n');
		const files = { ...real.files, figures: `${bomb}\n` };
		const started = Date.now();
		const { problems } = parseDataset(files, context);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(problems.map(formatProblem)).toEqual([
			`${FIGURES}, line 2: its YAML aliases (*name) would expand to more than 50 copies; write the records out in full`
		]);
	});
});
