/** The embed pages' words (data/embed.aml): read as written, and every mistake stopped at its line. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadEmbedWords, parseEmbedWords } from '../../src/lib/server/embed-words';

describe('data/embed.aml', () => {
	it('gives the words around what the reader asked for, the first view named', () => {
		const [before, after] = loadEmbedWords().unknownState('The whole picture');
		expect(before.length).toBeGreaterThan(5);
		expect(`${before}X${after}`).toContain('The whole picture');
		expect(`${before}${after}`).not.toMatch(/[{}]/);
	});

	it('is the file the README and the words test point at', () => {
		expect(readFileSync('data/embed.aml', 'utf8')).toContain('unknown-state:');
	});

	it.each([
		[
			'unknown-state: No view named {state}.\nextra: words\n',
			/line 2: "extra" is not a known field/
		],
		['unknown-state: No view named {state} or {state}.\n', /line 1: .*\{state\} once/],
		['unknown-state: No such view.\n', /line 1: .*\{state\} once/],
		['unknown-state: No view {named}: {state}.\n', /line 1: unknown placeholder \{named\}/],
		['unknown-state: No view named \u200b{state}.\n', /line 1: .*zero-width/],
		['\nno field here\n', /line 2: this line is in no field/],
		['# nothing\n', /"unknown-state:" is required|no field/]
	])('refuses %j', (source, message) => {
		expect(() => parseEmbedWords(source)).toThrow(message);
	});
});
