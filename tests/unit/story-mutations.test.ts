/**
 * A small story (tests/fixtures/dataset/story.aml), broken in memory the way a careless editor
 * might break the real one: each mutation must report exactly the problems listed, each with its
 * 1-based line and, inside a section or a step, which one. Nothing an editor typed may vanish
 * or ship unresolved.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStory } from '../../src/lib/build/copy/story';
import { parseDataset } from '../../src/lib/build/dataset/parse';
import { readDataFiles } from '../../src/lib/build/dataset/read';
import { formatProblem } from '../../src/lib/build/problems';

const ROOT = 'tests/fixtures/dataset';
const fixture = readDataFiles(ROOT);
const { dataset } = parseDataset(fixture.files, { articles: fixture.articles });
const text = readFileSync(`${ROOT}/story.aml`, 'utf8');
const context = { charts: { demo: ['first', 'second'] } };

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

/** The problems parseStory reports for `copy`, formatted and in line order. */
function problemsIn(copy: string): string[] {
	const { problems } = parseStory(copy, dataset, context);
	return [...problems]
		.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity))
		.map(formatProblem);
}

/** The story parsed from `copy`, which must be clean. */
function storyOf(copy: string) {
	const { story, problems } = parseStory(copy, dataset, context);
	expect(problems).toEqual([]);
	if (!story) throw new Error('no story');
	return story;
}

const FILE = 'data/story.aml';

/** [what an editor did, the edit (from, to), the line to name (a needle in the edited copy), the problem after "line N"] */
const CASES: [string, string, string, string, string][] = [
	[
		'a paragraph that starts with a word and a colon',
		'\nThe firm earns',
		'\nCorrection: An earlier version of this story misdated the review.\n\nThe firm earns',
		'Correction:',
		'section "intro", field "body": "Correction:" at the start of a line reads as a field name, so this paragraph would be dropped; to keep it as text, start the line with a backslash: "\\Correction: ..."'
	],
	[
		'a line in a step that starts with a word and a colon',
		' Investors sold.',
		'\nNote: investors sold.',
		'Note:',
		'step "demo-market", field "Note": "Note:" at the start of a line reads as a field, and a step has none by that name (id, state, text), so the words from here to :end would be cut from the step; to keep it as text, start the line with a backslash: "\\Note: ..."'
	],
	[
		'a field the story does not have',
		'byline: By a test desk',
		'kicker: Explainer\nbyline: By a test desk',
		'kicker:',
		'field "kicker": "kicker:" at the start of a line reads as a field, and a story has none by that name (headline, dek, dateline, byline, page, sections, methods, kinds), so this line would be dropped; to keep it as text, start the line with a backslash: "\\kicker: ..."'
	],
	[
		'an unknown figure in a section title',
		'title: What happened',
		'title: {count:events} events and {figure:nope}',
		'{figure:nope}',
		'section "demo", field "title": unknown figure "nope" in placeholder {figure:nope}'
	],
	[
		'an unknown event in the headline',
		'headline: A regulator',
		'headline: {event:nope.date} A regulator',
		'{event:nope.date}',
		'field "headline": unknown event "nope" in placeholder {event:nope.date}'
	],
	[
		'a placeholder the pattern does not recognise, in the dek',
		'dek: The review',
		'dek: {Count:Events} The review',
		'{Count:Events}',
		'field "dek": unrecognised placeholder {Count:Events}'
	],
	[
		'a field events do not have, in the dateline',
		'dateline: Events of {event:review-opens.date}',
		'dateline: Events of {event:review-opens.title}',
		'{event:review-opens.title}',
		'field "dateline": events offer only .date, not ".title" in placeholder {event:review-opens.title}'
	],
	[
		'a role no country has, in the byline',
		'from {count:sources} article',
		'from {count:role.nobody} article',
		'{count:role.nobody}',
		'field "byline": no country has the role "nobody" in placeholder {count:role.nobody}'
	],
	[
		'an unknown figure in a paragraph',
		'The regulator opened its review',
		'{figure:nope} The regulator opened its review',
		'{figure:nope}',
		'section "intro", field "body": unknown figure "nope" in placeholder {figure:nope}'
	],
	[
		'a value wrapped onto a second line without :end',
		'byline: By a test desk, from {count:sources} article',
		'byline: By a test desk,\nfrom {count:sources} article',
		'from {count:sources} article',
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
		'The firm earns',
		'The firm \u202Eearns',
		'\u202E',
		'section "intro", field "body": contains a bidirectional control character (U+202E) at character 10, which a reader cannot see: delete it'
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
		"review the firm's products.",
		`review the firm's products. ${'More words. '.repeat(80)}`,
		'text: The regulator said',
		'step "demo-opening", field "text": is 1,015 characters long; the limit is 1000'
	],
	[
		'two steps with one id',
		'id: market\nstate: second',
		'id: opening\nstate: second',
		'id: opening\nstate: second',
		'step "demo-opening", field "id": duplicate step "opening" in "demo"'
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
		"\ntext: The firm's shares fell",
		"\nThe firm's shares fell",
		'id: market\nstate: second\nThe firm',
		'step "demo-market", field "text": is required'
	]
];

describe('a careless edit to the story is reported with each problem named once', () => {
	it('the fixture story is clean, so each case fails for its own reason', () => {
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
		const copy = once('headline: A regulator', 'headline: {figure:nope} A regulator')
			.replace('title: What happened', 'title: {count:nothing}')
			.replace('state: second', 'state: third');
		expect(problemsIn(copy)).toEqual([
			`${FILE}, line ${lineIn(copy, 'headline:')}, field "headline": unknown figure "nope" in placeholder {figure:nope}`,
			`${FILE}, line ${lineIn(copy, '{count:nothing}')}, section "demo", field "title": unknown placeholder in placeholder {count:nothing}`,
			`${FILE}, line ${lineIn(copy, 'state: third')}, step "demo-market", field "state": unknown state "third" for the demo chart (states: first, second)`
		]);
	});
});

describe('what an editor can rely on', () => {
	it('a backslash keeps "Word:" as text, in a paragraph and in a step', () => {
		const copy = once(
			'\nThe firm earns',
			'\n\\Correction: An earlier version misdated the review.\n\nThe firm earns'
		).replace(' Investors sold.', '\n\\Note: investors sold.');
		const story = storyOf(copy);
		expect(story.sections[0]?.paragraphs).toContain(
			'Correction: An earlier version misdated the review.'
		);
		const market = story.sections[1]?.steps.find((s) => s.id === 'demo-market');
		expect(market?.text).toBe("The firm's shares fell the same day.\nNote: investors sold.");
	});

	it('placeholders in titles are resolved like any other', () => {
		const story = storyOf(once('title: What happened', 'title: {count:events} events, in order'));
		expect(story.sections[1]?.title).toBe('two events, in order');
	});
});
