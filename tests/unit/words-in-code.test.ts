/**
 * Every word a reader sees lives in the copy files (data/*.aml, data/*.yaml). The code that
 * draws, lays out and runs the pages, its Svelte templates included, holds no reader-facing
 * sentence and never spells the story's subject: it would draw another story's data as well.
 * Only short control labels (brand names, file formats) stay in code. Build-time checks speak to
 * editors in their problems (src/lib/build, charts' build/ folders), and are scanned for the
 * subject only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Words that name the story's subject: a page that spells one is about this story only. */
const SUBJECT =
	/\b(Micron|China|Chinese|Beijing|Washington|Japan(ese)?|Netherlands|Dutch|Korea(n)?|G7|Samsung|Hynix|ASML|Deloitte|Mintz|[Ss]emiconductors?|[Cc]hips?|[Ee]xport controls?)\b/;

/**
 * Not words: public hooks other sites already use, which name the subject and cannot change (the
 * embed code's iframe attribute, the message its loader listens for), and ids and keys built
 * from a code (`controls-map-details-G7`, `short-G7`, the code `G7` itself).
 */
const NOT_WORDS = [/\bdata-micron-embed\b/g, /\bmicron-embed-theme\b/g, /[\w$}-]*-G7\b|^G7$/g];
const spellsSubject = (text: string) =>
	SUBJECT.test(
		// A template literal's `${…}` is code, not words.
		NOT_WORDS.reduce((t, pattern) => t.replace(pattern, ''), text.replace(/\$\{[^}]*\}/g, ''))
	);

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return files(path);
		return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
	});
}

/** Build-time code that speaks to editors, in its problems. */
const speaksToEditors = (file: string) =>
	file.startsWith('src/lib/build/') || /\/build\//.test(file);

interface Words {
	text: string;
	line: number;
	/** What precedes it: a `throw new Error(` says it is a developer's message. */
	context: string;
}

const lineAt = (source: string, index: number) => source.slice(0, index).split('\n').length;

/** The string literals of TypeScript, without its comments, each with its line. */
function literals(code: string, offset = 0, whole = code): Words[] {
	const bare = code
		.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
		.replace(
			/(^|[^:])\/\/.*$/gm,
			(c, lead: string) => lead + c.slice(lead.length).replace(/./g, ' ')
		);
	return [...bare.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => ({
		text: m[2] ?? '',
		line: lineAt(whole, offset + (m.index ?? 0)),
		context: bare.slice(Math.max(0, (m.index ?? 0) - 20), m.index)
	}));
}

/**
 * What a Svelte file shows: the text between its tags and its literal attribute values (outside
 * `{…}`), and the string literals of its script; not its comments or styles.
 */
function svelteWords(source: string): Words[] {
	const blank = (c: string) => c.replace(/[^\n]/g, ' ');
	const scripts: Words[] = [];
	const template = source
		.replace(/<!--[\s\S]*?-->/g, blank)
		.replace(/<style[\s\S]*?<\/style>/g, blank)
		.replace(
			/(<script[^>]*>)([\s\S]*?)(<\/script>)/g,
			(whole, open: string, code: string, close: string, at: number) => {
				scripts.push(...literals(code, at + open.length, source));
				return blank(whole) + blank(close).slice(close.length);
			}
		);
	const outside = template.replace(/\{[^{}]*\}/g, blank);
	const text = [...outside.matchAll(/>([^<>]+)</g)].map((m) => ({
		text: (m[1] ?? '').trim(),
		line: lineAt(source, (m.index ?? 0) + 1),
		context: ''
	}));
	// Attributes that hold words (not classes, sizes, URLs, ids or data hooks).
	const attributes = [
		...outside.matchAll(/\s(alt|title|aria-label|label|placeholder|content)="([^"]+)"/g)
	].map((m) => ({
		text: m[2] ?? '',
		line: lineAt(source, m.index ?? 0),
		context: ''
	}));
	return [...scripts, ...text, ...attributes].filter((w) => w.text !== '');
}

/** Four words or more, and not code (markup, CSS, URLs) or a developer's error. */
function isSentence({ text, context }: Words): boolean {
	if (/[<>{}[\]=]|https?:|\$\{/.test(text) || /(Error|throw new \w+)\($/.test(context.trim())) {
		return false;
	}
	return text.split(/\s+/).filter((word) => /[A-Za-z]{2,}/.test(word)).length >= 4;
}

const wordsOf = (file: string) => {
	const source = readFileSync(file, 'utf8');
	return file.endsWith('.svelte') ? svelteWords(source) : literals(source);
};

describe('words in code', () => {
	const scanned = files('src');

	it('scans every TypeScript and Svelte file of the site', () => {
		expect(scanned.filter((f) => f.endsWith('.svelte')).length).toBeGreaterThan(30);
		expect(scanned.filter((f) => f.endsWith('.ts')).length).toBeGreaterThan(40);
	});

	it('no file spells the story’s subject in what it shows or says', () => {
		const found = scanned.flatMap((file) =>
			wordsOf(file)
				.filter(({ text }) => spellsSubject(text))
				.map(({ text, line }) => `${file}:${line}: ${text}`)
		);
		expect(found).toEqual([]);
	});

	it('no reader-facing sentence is written in code', () => {
		const found = scanned
			.filter((file) => !speaksToEditors(file))
			.flatMap((file) =>
				wordsOf(file)
					.filter(isSentence)
					.map(({ text, line }) => `${file}:${line}: ${text}`)
			);
		expect(found).toEqual([]);
	});

	it('would notice one, in a script, a template or an attribute, but not in a comment', () => {
		expect(
			literals(`const hint = 'Point at any mark for its details.';`).filter(isSentence)
		).toHaveLength(1);
		expect(
			literals(`throw new Error('A figure needs a value, a min or a max');`).filter(isSentence)
		).toHaveLength(0);
		const component = `<script lang="ts">\n\t// A comment about China's ban is fine.\n\tconst a = 'Beijing';\n</script>\n<!-- Micron, in a comment -->\n<p class="x">See the chart of China's exports here</p>\n<span title="Chips and more">{label}</span>\n<style>.micron { color: red; }</style>`;
		const words = svelteWords(component);
		expect(words.filter((w) => spellsSubject(w.text)).map((w) => [w.line, w.text])).toEqual([
			[3, 'Beijing'],
			[6, "See the chart of China's exports here"],
			[7, 'Chips and more']
		]);
		expect(words.filter(isSentence)).toHaveLength(1);
	});
});
