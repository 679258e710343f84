/**
 * The story's copy against the articles and the rules an editor works to (verbatim quotations,
 * no typed numbers, steps read at a glance, no ids on screen), and the parser's handling of an
 * editor's mistakes: each reported with its line, section or step, and field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/build/copy/story';
import { isVerbatimIn } from '../../src/lib/build/dataset/quotes';
import { formatProblem } from '../../src/lib/build/problems';
import { CHARTS } from '../../src/lib/charts/registry';
import { CHART_STATES } from '../support/charts';
import { articles, charts, dataset, site } from './support/charts';

const { story, sources: info } = site;
const text = readFileSync('data/story.aml', 'utf8');
const context = { charts: CHART_STATES };

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
	it('gives every chart its section, and names steps <section>-<step>', () => {
		expect(story.sections.filter((s) => s.chart).map((s) => s.chart)).toEqual(
			CHARTS.map((c) => c.name)
		);
		for (const section of story.sections) {
			for (const step of section.steps)
				expect(step.id).toMatch(new RegExp(`^${section.id}-[a-z0-9-]+$`));
		}
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

	it('resolves every placeholder', () => {
		expect(text).toMatch(/\{(event|figure|count):/);
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

describe('mistakes in the copy are reported with the line named', () => {
	/** The problems of the copy with `from` replaced by `to`, as the build prints them. */
	const problemsAfter = (from: string, to: string) => {
		// The first use in the copy itself, after the notes at the top.
		const at = text.indexOf(from, text.indexOf(':endskip'));
		expect(at).toBeGreaterThan(0);
		const changed = text.slice(0, at) + to + text.slice(at + from.length);
		return parseStory(changed, dataset, context).problems.map(formatProblem);
	};
	const lineOf = (needle: string) =>
		text.slice(0, text.indexOf(needle, text.indexOf(':endskip'))).split('\n').length;
	const figure = /\{figure:([a-z0-9-]+)\}/.exec(text.slice(text.indexOf('[.steps]')));
	const event = /\{event:([a-z0-9-]+)\.date\}/.exec(text.slice(text.indexOf(':endskip')));

	it('reports nothing in the real copy', () => {
		expect(parseStory(text, dataset, context).problems).toEqual([]);
	});

	it('an unknown figure, at its line, step and field', () => {
		const token = figure?.[0] ?? '';
		expect(problemsAfter(token, '{figure:no-such-figure}')).toEqual([
			expect.stringMatching(
				new RegExp(
					`^data/story\\.aml, line ${lineOf(token)}, step "[a-z-]+", field "text": unknown figure "no-such-figure" in placeholder \\{figure:no-such-figure\\}$`
				)
			)
		]);
	});

	it('an unknown event, and a field events do not have', () => {
		const token = event?.[0] ?? '';
		const id = event?.[1] ?? '';
		expect(problemsAfter(token, '{event:no-such-event.date}')).toEqual([
			expect.stringContaining(
				'unknown event "no-such-event" in placeholder {event:no-such-event.date}'
			)
		]);
		expect(problemsAfter(token, `{event:${id}.title}`)).toEqual([
			expect.stringContaining(
				`events offer only .date, not ".title" in placeholder {event:${id}.title}`
			)
		]);
	});

	it('an unknown kind of placeholder, and one the pattern does not recognise', () => {
		expect(problemsAfter('{count:sources}', '{total:sources}')).toEqual([
			expect.stringContaining('unknown placeholder in placeholder {total:sources}')
		]);
		expect(problemsAfter('{count:sources}', '{Count:Sources}')).toEqual([
			expect.stringContaining('unrecognised placeholder {Count:Sources}')
		]);
	});

	it('an unknown step state', () => {
		const [state] = CHART_STATES.revenue;
		const needle = `state: ${state}`;
		expect(problemsAfter(needle, 'state: nowhere')).toEqual([
			expect.stringMatching(
				new RegExp(
					`^data/story\\.aml, line ${lineOf(needle)}, step "revenue-[a-z-]+", field "state": unknown state "nowhere" for the revenue chart \\(states: ${CHART_STATES.revenue.join(', ')}\\)$`
				)
			)
		]);
	});

	it('a chart without its section, a duplicate section, and no sources section', () => {
		const problems = problemsAfter('id: revenue', 'id: intro');
		expect(problems).toContainEqual(expect.stringContaining('duplicate section "intro"'));
		expect(problems).toContainEqual(
			expect.stringContaining('no section "revenue": every chart needs the section that carries it')
		);
		expect(problems).toContainEqual(
			expect.stringContaining('section "intro" has no chart, so no steps')
		);
		expect(problemsAfter('id: sources', 'id: notes')).toEqual([
			expect.stringContaining('no section "sources": the page lists the articles there')
		]);
	});
});

describe('what readers see of the data', () => {
	const chartText = Object.values(charts).flatMap(({ meta }) => {
		return [
			meta.title,
			meta.summary,
			meta.description,
			meta.note,
			...meta.states.map((s) => s.alt)
		];
	});
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
