import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isVerbatimIn } from '../../src/lib/data/quotes';
import { loadDataset, readDataFiles } from '../../src/lib/server/dataset';
import { parseStory, SECTION_IDS } from '../../src/lib/story/copy';

const dataset = loadDataset();
const text = readFileSync('data/story.aml', 'utf8');
const story = parseStory(text, dataset);
const { articles } = readDataFiles();

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

describe('the story copy', () => {
	it('has the sections in order, and steps named <section>-<step>', () => {
		expect(story.sections.map((s) => s.id)).toEqual([...SECTION_IDS]);
		expect(story.sections.find((s) => s.id === 'timeline')?.steps.map((s) => s.id)).toEqual([
			'timeline-overview',
			'timeline-allied-controls',
			'timeline-review',
			'timeline-ban',
			'timeline-responses'
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
		const review = timeline?.steps.find((s) => s.id === 'timeline-review');
		expect(review?.text).toContain(
			'fell 4.4% that day, their steepest drop in more than three months'
		);
		expect(story.dateline).toBe('Events from October 2022 to 23 May 2023');
		expect(story.sections[0]?.paragraphs[0]).toMatch(/^On 21 May 2023, /);
		expect(allText.join(' ')).not.toMatch(/\{[a-z]+:/);
	});

	it('quotes only words that are verbatim in one of the articles', () => {
		const quotes = allText.flatMap((t) => [...t.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? ''));
		expect(quotes.length).toBeGreaterThan(10);
		const sources = [...articles.values()];
		for (const quote of quotes) {
			expect(
				sources.some((source) => isVerbatimIn(quote, source)),
				quote
			).toBe(true);
		}
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
		const needle = '{figure:share-fall-review-day} that day';
		expect(broken(needle, '{figure:share-fall-review-week} that day')).toThrow(
			`data/story.aml, line ${lineOf(needle)}, step "timeline-review", field "text": unknown figure "share-fall-review-week" in placeholder {figure:share-fall-review-week}`
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
		expect(broken('{count:events} dated', '{total:events} dated')).toThrow(
			'unknown placeholder in placeholder {total:events}'
		);
		expect(broken('{count:events} dated', '{Count:Events} dated')).toThrow(
			'unrecognised placeholder {Count:Events}'
		);
	});

	it('an unknown step state', () => {
		expect(broken('state: loss-estimate', 'state: loss')).toThrow(
			`data/story.aml, line ${lineOf('state: loss-estimate')}, step "revenue-loss-estimate", field "state": unknown state "loss" for the revenue chart (states: whole, china-share, loss-estimate)`
		);
	});

	it('a missing or misplaced section', () => {
		expect(broken('id: unknowns', 'id: open-questions')).toThrow(
			`data/story.aml, line ${lineOf('id: unknowns')}: section 5 must be "unknowns", not "open-questions"`
		);
	});
});
