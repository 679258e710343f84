import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVerbatimIn } from '../../src/lib/data/quotes';
import { parseChartCopy } from '../../src/lib/server/charts/copy';
import { loadDataset, readDataFiles } from '../../src/lib/server/dataset';
import { sourcesInfo } from '../../src/lib/server/sources';
import { parseStory, SECTION_IDS } from '../../src/lib/story/copy';

const dataset = loadDataset();
const text = readFileSync('data/story.aml', 'utf8');
const { articles } = readDataFiles();
const story = parseStory(text, dataset, 'data/story.aml', articles);

/** The copy an editor wrote, without the header notes and without the placeholders. */
const prose = text
	.slice(text.indexOf(':endskip'))
	.replace(/\{[a-z]+:[a-z0-9.-]+\}/g, '')
	// A name, not a number.
	.replace(/\bG7\b/g, 'Gx');
const allText = [
	story.headline,
	story.dek,
	story.dateline,
	...story.sections.flatMap((s) => [s.title, ...s.paragraphs, ...s.steps.map((step) => step.text)])
];
/** The words around the story: its dates line, the updates' heading, the corrections policy. */
const pageText = Object.values(story.page);

/** Every “quoted” passage in these texts is verbatim in one of the articles. */
function expectVerbatimQuotes(texts: readonly string[]): void {
	const quotes = texts.flatMap((t) => [...t.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''));
	expect(quotes.length).toBeGreaterThan(10);
	const sources = [...articles.values()];
	for (const quote of quotes) {
		expect(
			sources.some((source) => isVerbatimIn(quote, source)),
			quote
		).toBe(true);
	}
}

describe('the story copy', () => {
	it('has the sections in order, and steps named <section>-<step>', () => {
		expect(story.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
		expect(story.sections.find((s) => s.id === 'timeline')?.steps.map((s) => s.id)).toEqual([
			'timeline-overview',
			'timeline-allied-controls',
			'timeline-dutch-and-japanese-limits',
			'timeline-review',
			'timeline-micron-reacts',
			'timeline-ban',
			'timeline-micron-replies',
			'timeline-responses',
			'timeline-beijing-replies',
			'timeline-dutch-reply'
		]);
		expect(story.sections.filter((s) => s.chart).map((s) => s.chart)).toEqual([
			'timeline',
			'revenue',
			'controls-map'
		]);
	});

	it('types no number and no date: every one comes from the dataset', () => {
		const lines = prose.split('\n').filter((line) => !/^(id|state):/.test(line));
		expect(lines.filter((line) => /\d/.test(line))).toEqual([]);
		const numberWords =
			/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion)\b/i;
		expect(lines.filter((line) => numberWords.test(line))).toEqual([]);
		const months =
			/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/;
		expect(lines.filter((line) => months.test(line))).toEqual([]);
	});

	it('resolves placeholders to dataset values', () => {
		const timeline = story.sections.find((s) => s.id === 'timeline');
		const review = timeline?.steps.find((s) => s.id === 'timeline-micron-reacts');
		expect(review?.text).toContain(
			'fell 4.4% on the day of the announcement, their steepest drop in more than three months'
		);
		expect(story.dateline).toBe('Events from October 2022');
		expect(story.page.covers).toContain('Covers events to 23 May 2023');
		expect(story.sections[0]?.paragraphs[0]).toMatch(/^On 21 May 2023, /);
		expect(allText.join(' ')).not.toMatch(/\{[a-z]+:/);
	});

	it('quotes only words that are verbatim in one of the articles', () => {
		expectVerbatimQuotes([...allText, ...pageText]);
	});

	it('keeps every step to a glance on a phone: at most 45 words once placeholders are resolved', () => {
		const steps = story.sections.flatMap((s) => s.steps);
		expect(steps.length).toBeGreaterThan(10);
		const long = steps
			.map((step) => [step.id, step.text.split(/\s+/).filter(Boolean).length] as const)
			.filter(([, words]) => words > 45);
		expect(long).toEqual([]);
	});

	it('has a step for every chart state it shows, and names every way a date was fixed', () => {
		for (const section of story.sections.filter((s) => s.chart)) {
			expect(section.steps.length, section.id).toBeGreaterThan(0);
		}
		expect(Object.keys(story.methods)).toEqual([
			'stated',
			'weekday',
			'relative',
			'external',
			'context'
		]);
		for (const label of Object.values(story.methods)) expect(label.length).toBeGreaterThan(10);
	});

	it('runs to between 1,200 and 2,000 words of our own', () => {
		const words = allText.join(' ').split(/\s+/).filter(Boolean).length;
		expect(words).toBeGreaterThanOrEqual(1200);
		expect(words).toBeLessThanOrEqual(2000);
	});
});

describe('mistakes in the copy fail with the line named', () => {
	const broken = (from: string, to: string) => {
		expect(text).toContain(from);
		return () => parseStory(text.replace(from, to), dataset);
	};
	const lineOf = (needle: string) =>
		text.slice(0, text.indexOf(needle, text.indexOf(':endskip'))).split('\n').length;

	it('an unknown figure', () => {
		const needle = '{figure:share-fall-review-day} on the day';
		expect(broken(needle, '{figure:share-fall-review-week} on the day')).toThrow(
			`data/story.aml, line ${lineOf(needle)}, step "timeline-micron-reacts", field "text": unknown figure "share-fall-review-week" in placeholder {figure:share-fall-review-week}`
		);
	});

	it('an unknown event, and a field events do not have', () => {
		expect(broken('{event:cac-ban.date}, China', '{event:cac-bans.date}, China')).toThrow(
			'unknown event "cac-bans" in placeholder {event:cac-bans.date}'
		);
		expect(broken('{event:cac-ban.date}, China', '{event:cac-ban.title}, China')).toThrow(
			'events offer only .date, not ".title" in placeholder {event:cac-ban.title}'
		);
	});

	it('an unknown kind of placeholder, and one the pattern does not recognise', () => {
		expect(broken('{count:sources} news articles', '{total:sources} news articles')).toThrow(
			'unknown placeholder in placeholder {total:sources}'
		);
		expect(broken('{count:sources} news articles', '{Count:Sources} news articles')).toThrow(
			'unrecognised placeholder {Count:Sources}'
		);
	});

	it('an unknown step state', () => {
		expect(broken('state: loss-estimate', 'state: loss')).toThrow(
			`data/story.aml, line ${lineOf('state: loss-estimate')}, step "revenue-loss-estimate", field "state": unknown state "loss" for the revenue chart (states: whole, china-share, loss-estimate)`
		);
	});

	it('a missing or misplaced section', () => {
		const position = SECTION_IDS.indexOf('unknowns') + 1;
		expect(broken('id: unknowns', 'id: open-questions')).toThrow(
			`data/story.aml, line ${lineOf('id: unknowns')}: section ${position} must be "unknowns", not "open-questions"`
		);
	});
});

describe('what readers see of the data', () => {
	const charts = parseChartCopy(readFileSync('data/charts.aml', 'utf8'), dataset, articles);
	const chartText = (['timeline', 'revenue', 'controls-map'] as const).flatMap((name) => {
		const meta = charts[name].meta([], [], { count: 1, span: 'x', months: 'x', bound: 10 });
		return [
			meta.title,
			meta.summary,
			meta.description,
			meta.note,
			...meta.states.map((s) => s.alt)
		];
	});
	const info = sourcesInfo(dataset, story);
	/** Every record text the page shows: in the charts' details, the map's and the sources section. */
	const recordText = [
		...dataset.events.flatMap((e) => [e.title, e.summary, e.dateBasis.note, e.actor]),
		...dataset.figures.flatMap((f) => [f.label, f.note ?? '', f.claimedBy ?? '']),
		...dataset.countries.flatMap((c) => [c.name, c.did, c.note ?? '']),
		...dataset.conflicts.flatMap((c) => [c.claim, c.resolution, c.reasoning]),
		...dataset.sources.flatMap((s) => [s.published.basis, s.contributes, s.outletNote]),
		...info.sources.flatMap((s) => [s.number, s.headline, s.publisher ?? '', s.basis]),
		...info.dateMethods.map((m) => m.label),
		...info.conflicts.map((c) => c.kind)
	];
	const visible = [
		...allText,
		...pageText,
		...chartText,
		...recordText,
		...Object.values(story.methods),
		...Object.values(story.kinds)
	];

	it('shows no dataset id: no article file id, conflict, event or figure id', () => {
		const ids = [
			...dataset.sources.map((s) => s.id),
			...dataset.conflicts.map((c) => c.id),
			...dataset.events.map((e) => e.id),
			...dataset.figures.map((f) => f.id)
		];
		const found = ids.flatMap((id) => visible.filter((t) => t.includes(id)).map((t) => [id, t]));
		expect(found).toEqual([]);
	});

	it('quotes, in the charts and the records, only words verbatim in one of the articles', () => {
		expectVerbatimQuotes([...chartText, ...recordText]);
	});

	it('keeps every timeline title to a phone’s line: 40 characters at most', () => {
		const long = dataset.events.filter((e) => e.title.length > 40).map((e) => e.title);
		expect(long).toEqual([]);
	});
});
