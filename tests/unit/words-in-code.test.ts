/**
 * All words a reader sees live in the copy files (data/*.aml, data/*.yaml): the TypeScript that
 * draws, lays out and runs the pages holds no reader-facing sentence, only short interface words
 * ("Copy link") and code. Build-time checks (src/lib/data, src/lib/server and the copy parsers)
 * speak to editors, in their error messages, and are not scanned.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const READER_FACING = [
	'src/lib/charts',
	'src/lib/client',
	'src/lib/embed',
	'src/lib/share',
	'src/lib/format.ts',
	'src/lib/site.ts'
];

function files(path: string): string[] {
	if (path.endsWith('.ts')) return [path];
	return readdirSync(path, { withFileTypes: true }).flatMap((entry) => {
		const child = join(path, entry.name);
		// A chart's build/ folder speaks to editors, in its problems, like the other build code.
		if (entry.isDirectory()) return entry.name === 'build' ? [] : files(child);
		return child.endsWith('.ts') ? [child] : [];
	});
}

/** The string literals of a source, without its comments, each with its line. */
function literals(source: string): { text: string; line: number; context: string }[] {
	const code = source
		.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' '))
		.replace(/\/\/.*$/gm, '');
	return [...code.matchAll(/(['"`])((?:\\.|(?!\1)[^\\\n])*)\1/g)].map((m) => ({
		text: m[2] ?? '',
		line: code.slice(0, m.index).split('\n').length,
		context: code.slice(Math.max(0, (m.index ?? 0) - 20), m.index)
	}));
}

/** Four words or more, and not code (markup, CSS, URLs) or a developer's error. */
function isSentence({ text, context }: { text: string; context: string }): boolean {
	if (/[<>{}[\]=]|https?:|\$\{/.test(text) || /(Error|throw new \w+)\($/.test(context.trim())) {
		return false;
	}
	return text.split(/\s+/).filter((word) => /[A-Za-z]{2,}/.test(word)).length >= 4;
}

describe('words in code', () => {
	const scanned = READER_FACING.flatMap(files);

	it('scans the modules that make what readers see', () => {
		expect(scanned.length).toBeGreaterThan(20);
	});

	it('no reader-facing sentence is written in TypeScript', () => {
		const found = scanned.flatMap((file) =>
			literals(readFileSync(file, 'utf8'))
				.filter(isSentence)
				.map(({ text, line }) => `${file}:${line}: ${text}`)
		);
		expect(found).toEqual([]);
	});

	it('would notice one', () => {
		expect(
			literals(`const hint = 'Point at any mark for its details.';`).filter(isSentence)
		).toHaveLength(1);
		expect(
			literals(`throw new Error('A figure needs a value, a min or a max');`).filter(isSentence)
		).toHaveLength(0);
	});
});
