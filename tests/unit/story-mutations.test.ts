/**
 * The real story copy, broken in memory the way a careless editor might break it: each mutation
 * must fail with exactly the problems listed, each with its 1-based line and, inside a section
 * or a step, which one. Nothing an editor typed may vanish or ship unresolved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, readDataFiles } from '../../src/lib/server/dataset';
import { parseStory, StoryError } from '../../src/lib/story/copy';

const dataset = loadDataset();
const { articles } = readDataFiles();
const text = readFileSync('data/story.aml', 'utf8');

/** Replaces exactly one occurrence, so a case cannot silently edit nothing. */
function once(from: string, to: string): string {
	expect(text.split(from), from).toHaveLength(2);
	return text.replace(from, to);
}

/** 1-based line of `needle` in `copy`, past the header notes. */
function lineIn(copy: string, needle: string): number {
	const at = copy.indexOf(needle, copy.indexOf(':endskip'));
	expect(at, needle).toBeGreaterThan(0);
	return copy.slice(0, at).split('\n').length;
}

/** The problems parseStory reports for `copy`, formatted; none if it parses. */
function problemsIn(copy: string): string[] {
	try {
		parseStory(copy, dataset, 'data/story.aml', articles);
		return [];
	} catch (error) {
		if (!(error instanceof StoryError)) throw error;
		return error.message
			.split('\n')
			.slice(1)
			.map((line) => line.replace(/^ {2}- /, ''));
	}
}

const FILE = 'data/story.aml';

/** [what an editor did, the edit (from, to), the line to name (a needle in the edited copy), the problem after "line N"] */
const CASES: [string, string, string, string, string][] = [
	[
		'a paragraph that starts with a word and a colon',
		'\nThis explainer follows',
		'\nCorrection: An earlier version of this story misdated the review.\n\nThis explainer follows',
		'Correction:',
		'section "intro", field "body": "Correction:" at the start of a line reads as a field name, so this paragraph would be dropped; to keep it as text, start the line with a backslash: "\\Correction: ..."'
	],
	[
		'a line in a step that starts with a word and a colon',
		' Its shares fell',
		'\nNote: its shares fell',
		'Note:',
		'step "timeline-micron-reacts", field "Note": "Note:" at the start of a line reads as a field, and a step has none by that name (id, state, text), so the words from here to :end would be cut from the step; to keep it as text, start the line with a backslash: "\\Note: ..."'
	],
	[
		'a field the story does not have',
		'byline: By the graphics desk',
		'kicker: Explainer\nbyline: By the graphics desk',
		'kicker:',
		'field "kicker": "kicker:" at the start of a line reads as a field, and a story has none by that name (headline, dek, dateline, byline, page, sections, methods, kinds), so this line would be dropped; to keep it as text, start the line with a backslash: "\\kicker: ..."'
	],
	[
		'an unknown figure in a section title',
		'title: What happened, and when',
		'title: {count:events} events and {figure:nope}',
		'{figure:nope}',
		'section "timeline", field "title": unknown figure "nope" in placeholder {figure:nope}'
	],
	[
		'an unknown event in the headline',
		"headline: How China barred Micron's chips from its critical infrastructure, and what it could cost Micron",
		"headline: {event:nope.date} How China barred Micron's chips",
		'{event:nope.date}',
		'field "headline": unknown event "nope" in placeholder {event:nope.date}'
	],
	[
		'a placeholder the pattern does not recognise, in the dek',
		'dek: On {event:cac-ban.date}',
		'dek: {Count:Events} On {event:cac-ban.date}',
		'{Count:Events}',
		'field "dek": unrecognised placeholder {Count:Events}'
	],
	[
		'a field events do not have, in the dateline',
		'dateline: Events from {event:us-export-controls.date}',
		'dateline: Events from {event:us-export-controls.title}',
		'{event:us-export-controls.title}',
		'field "dateline": events offer only .date, not ".title" in placeholder {event:us-export-controls.title}'
	],
	[
		'a role no country has, in the byline',
		'from {count:sources} news articles',
		'from {count:role.nobody} news articles',
		'{count:role.nobody}',
		'field "byline": no country has the role "nobody" in placeholder {count:role.nobody}'
	],
	[
		'an unknown figure in a paragraph',
		"On {event:cac-ban.date}, China's cybersecurity",
		"On {event:cac-ban.date}, {figure:nope} China's cybersecurity",
		'{figure:nope}',
		'section "intro", field "body": unknown figure "nope" in placeholder {figure:nope}'
	],
	[
		'a value wrapped onto a second line without :end',
		'byline: By the graphics desk, from {count:sources} news articles',
		'byline: By the graphics desk,\nfrom {count:sources} news articles',
		'from {count:sources} news articles',
		'this line is in no field or paragraph, so ArchieML drops it: if it continues the text above, end that text with ":end" on a line after it; if it starts a paragraph, put it inside the [.+body] block'
	],
	[
		'a stray line between fields',
		'id: intro\n',
		'id: intro\nA sentence typed in the wrong place.\n',
		'A sentence typed',
		'this line is in no field or paragraph, so ArchieML drops it: if it continues the text above, end that text with ":end" on a line after it; if it starts a paragraph, put it inside the [.+body] block'
	],
	[
		'a title given twice',
		'title: The short version',
		'title: The long version\ntitle: The short version',
		'title: The long version',
		'this "title:" is dropped, because a later "title:" in the same block replaces it'
	],
	[
		'a right-to-left override in a paragraph',
		'The order closed a review',
		'The order \u202Eclosed a review',
		'\u202E',
		'section "intro", field "body": contains a bidirectional control character (U+202E) at character 11, which a reader cannot see: delete it'
	],
	[
		'a section title of zero-width spaces',
		'title: The short version',
		'title: \u200B\u200B\u200B',
		'\u200B',
		'section "intro", field "title": contains a zero-width character (U+200B) at character 1, which a reader cannot see: delete it'
	],
	[
		'a step far too long',
		"as home to Micron's rivals.",
		`as home to Micron's rivals. ${'More words. '.repeat(80)}`,
		'text: The United States, Japan',
		'step "controls-map-overview", field "text": is 1,153 characters long; the limit is 1000'
	],
	[
		'a run of eight or more words copied from an article, outside quotation marks',
		'Where would Chinese buyers turn?',
		'Where would Chinese buyers turn? The regulator has not clearly explained what businesses must do to pass a review.',
		'The regulator has not',
		'step "controls-map-suppliers", field "text": copies 11 consecutive words of article 002 outside quotation marks: "has not clearly explained what businesses must do to pass a"; say it in our own words, or quote it verbatim in “…”'
	],
	[
		'two steps with one id',
		'id: allied-controls\nstate: allied-controls',
		'id: overview\nstate: allied-controls',
		'id: overview\nstate: allied-controls',
		'step "timeline-overview", field "id": duplicate step "overview" in "timeline"'
	],
	[
		'a word in the {methods} block that names no way of fixing a date',
		'stated: Stated in an article',
		'stated: Stated in an article\nguessed: Guessed by us',
		'guessed:',
		'field "methods.guessed": "guessed:" at the start of a line reads as a field, and the {methods} block has none by that name (stated, weekday, relative, external, context), so this line would be dropped; to keep it as text, start the line with a backslash: "\\guessed: ..."'
	],
	[
		'a way of fixing a date left without its words',
		'stated: Stated in an article\n',
		'',
		'weekday: Fixed',
		'field "methods.stated": is required'
	],
	[
		'a step without its text',
		'\ntext: The controls of Washington',
		'\nThe controls of Washington',
		'id: allies\nstate: allies\nThe controls',
		'step "controls-map-allies", field "text": is required'
	]
];

describe('a careless edit to the real story fails with each problem named once', () => {
	it('the real story is clean, so each case fails for its own reason', () => {
		expect(problemsIn(text)).toEqual([]);
	});

	it.each(CASES)('%s', (_, from, to, needle, problem) => {
		const copy = once(from, to);
		const where = `${FILE}, line ${lineIn(copy, needle)}`;
		// Problems tied to a section or a step name it after the line; others follow it directly.
		const joint = /^(section|step|field) /.test(problem) ? ', ' : ': ';
		expect(problemsIn(copy)).toEqual([`${where}${joint}${problem}`]);
	});

	it('reports every problem in one run, in line order', () => {
		const copy = once(
			"headline: How China barred Micron's chips from its critical infrastructure, and what it could cost Micron",
			"headline: {figure:nope} How China barred Micron's chips"
		)
			.replace('title: What happened, and when', 'title: {count:nothing}')
			.replace('state: loss-estimate', 'state: loss');
		expect(problemsIn(copy)).toEqual([
			`${FILE}, line ${lineIn(copy, 'headline:')}, field "headline": unknown figure "nope" in placeholder {figure:nope}`,
			`${FILE}, line ${lineIn(copy, '{count:nothing}')}, section "timeline", field "title": unknown placeholder in placeholder {count:nothing}`,
			`${FILE}, line ${lineIn(copy, 'state: loss\n')}, step "revenue-loss-estimate", field "state": unknown state "loss" for the revenue chart (states: whole, china-share, loss-estimate)`
		]);
	});
});

describe('what an editor can rely on', () => {
	it('a backslash keeps "Word:" as text, in a paragraph and in a step', () => {
		const copy = once(
			'\nThis explainer follows',
			'\n\\Correction: An earlier version misdated the review.\n\nThis explainer follows'
		).replace(' Its shares fell', '\n\\Note: its shares fell');
		const story = parseStory(copy, dataset);
		expect(story.sections[0]?.paragraphs).toContain(
			'Correction: An earlier version misdated the review.'
		);
		const review = story.sections[1]?.steps.find((s) => s.id === 'timeline-micron-reacts');
		expect(review?.text).toContain(
			'operations were unaffected.\nNote: its shares fell 4.4% on the day of the announcement'
		);
	});

	it('placeholders in titles are resolved like any other', () => {
		const story = parseStory(
			once('title: What happened, and when', 'title: {count:events} events, in order'),
			dataset
		);
		expect(story.sections[1]?.title).toBe(`${dataset.events.length} events, in order`);
	});
});
