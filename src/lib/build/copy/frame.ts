/**
 * The words around the story and its charts, from data/interface.aml (ArchieML): kickers, chart
 * notes, table headings, details panels, embed help, the sources list, share pages, the 404 and
 * /data/ pages. FRAME lists every field and the values it may name ({title}); the file must have
 * each field, once, and no other, and every problem is collected with its line.
 */
import { readFileSync } from 'node:fs';
import { copiedRunMessage, copiedRuns, type Articles } from './own-words.ts';
import type { Dataset } from '../dataset/schema.ts';
import { textProblem } from '../dataset/text.ts';
import type { Problem } from '../problems.ts';
import { droppedLines, loadTagged, type Path, type TaggedCopy } from './lines.ts';
import { resolvePlaceholders, type Unresolved } from './placeholders.ts';

const FILE = 'data/interface.aml';

/** Every field, by block, with the values the page fills into it. */
export const FRAME = {
	kicker: [],
	'skip-link': [],
	contents: [],
	'card-alt': [],
	'reading-mode': { button: [], offer: [] },
	share: {
		group: ['title'],
		button: [],
		copy: [],
		done: [],
		fallback: [],
		'image-alt': ['title', 'headline'],
		read: ['title']
	},
	chart: {
		download: [],
		note: [],
		'show-data': [],
		'data-region': ['title'],
		sources: [],
		'get-data': [],
		key: []
	},
	details: { sources: [] },
	tables: {
		'revenue-caption': [],
		measure: [],
		value: [],
		reported: [],
		sources: [],
		'claimed-by': ['who'],
		'timeline-caption': [],
		date: [],
		lane: [],
		event: [],
		'date-note': [],
		'map-caption': [],
		country: [],
		role: [],
		did: [],
		dates: [],
		'no-events': []
	},
	dates: { about: ['date'], 'or-later': ['date'] },
	embed: {
		title: ['title'],
		stepper: [],
		'story-link': [],
		heading: [],
		interactive: [],
		copy: [],
		done: [],
		fallback: [],
		hint: [],
		picture: [],
		/** {state}, what the address asked for, is filled in by the reader's browser. */
		'unknown-state': ['state', 'first']
	},
	sources: {
		articles: [],
		article: ['number'],
		'no-headline': [],
		'no-publisher': [],
		published: ['date'],
		'published-between': ['earliest', 'latest'],
		'published-after': ['date'],
		contributes: [],
		when: [],
		conflicts: [],
		resolved: [],
		why: [],
		dates: [],
		data: [],
		'data-text': [],
		'data-link': []
	},
	'not-found': { title: [], text: [], link: [] },
	'data-page': {
		kicker: [],
		title: [],
		description: [],
		intro: [],
		'record-types': [],
		records: ['count'],
		fields: ['type'],
		field: [],
		type: [],
		meaning: [],
		optional: [],
		attribution: [],
		'attribution-text': [],
		'source-line': ['outlet', 'date'],
		'no-outlet': []
	}
} as const;

type Spec = typeof FRAME;
/** The frame's words, by block and field: what `frameWords()` gives a component. */
export type FrameWords = {
	[K in keyof Spec]: Spec[K] extends readonly string[] ? string : { [F in keyof Spec[K]]: string };
};

const MAX_LENGTH = 600;

/** Reads and checks data/interface.aml. */
export function loadFrame(
	file: string,
	dataset: Dataset,
	checks: Pick<Reading, 'unresolvable' | 'articles'> = {}
) {
	return parseFrame(readFileSync(file, 'utf8'), dataset, checks);
}

/** Given the articles' texts, a run of eight or more of their words unquoted is a problem too. */
export function parseFrame(
	text: string,
	dataset: Dataset,
	{ unresolvable, articles }: Pick<Reading, 'unresolvable' | 'articles'> = {}
): { frame: FrameWords; problems: Problem[] } {
	const copy = loadTagged(text);
	const problems: Problem[] = droppedLines(copy, FILE);
	const frame = readBlock(FRAME, copy.data, [], { copy, dataset, problems, unresolvable, articles });
	return { frame: frame as FrameWords, problems };
}

interface Reading {
	copy: TaggedCopy;
	dataset: Dataset;
	problems: Problem[];
	unresolvable?: Unresolved;
	articles?: Articles;
}

function readBlock(
	spec: Record<string, unknown>,
	raw: unknown,
	path: Path,
	reading: Reading
): Record<string, unknown> {
	const { copy, problems } = reading;
	const given = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const report = (at: Path, message: string, needle?: string) =>
		problems.push({
			file: FILE,
			line: (needle ? copy.lineIn(at, needle) : copy.lineOf(at)) ?? copy.lineOf(path),
			field: at.join('.'),
			message
		});
	for (const key of Object.keys(given).filter((k) => !(k in spec))) {
		report([...path, key], 'is not a field the pages show (see FRAME in src/lib/build/copy/frame.ts)');
	}
	return Object.fromEntries(
		Object.entries(spec).map(([key, inner]) => {
			const at = [...path, key];
			if (!Array.isArray(inner)) return [key, readBlock(inner as Record<string, unknown>, given[key], at, reading)];
			const value = given[key];
			if (typeof value !== 'string' || value.trim() === '') {
				report(at, typeof value === 'object' ? 'must be a line of words, not a block' : 'is required');
				return [key, ''];
			}
			return [key, readField(value, at, inner as readonly string[], reading, report)];
		})
	);
}

function readField(
	value: string,
	at: Path,
	locals: readonly string[],
	reading: Reading,
	report: (at: Path, message: string, needle?: string) => void
): string {
	for (const [token, name] of value.matchAll(/\{([a-z-]+)\}/g)) {
		if (!locals.includes(name ?? '')) {
			const allowed = locals.length ? locals.map((l) => `{${l}}`).join(', ') : 'none';
			report(at, `names ${token}, which the page does not fill in here (it fills: ${allowed})`, token);
		}
	}
	// Each value the page fills in is said once: none is left out, and none is said twice.
	for (const local of locals) {
		const times = value.split(`{${local}}`).length - 1;
		if (times !== 1) report(at, `must say {${local}} once (it says it ${times} times)`);
	}
	const kept = value.replace(/\{([a-z-]+)\}/g, '\uE000$1\uE001');
	const resolved = resolvePlaceholders(
		kept,
		reading.dataset,
		(token, why) => {
			report(at, `${why} in placeholder ${token}`, token);
			return token;
		},
		reading.unresolvable
	).replace(/\uE000([a-z-]+)\uE001/g, '{$1}');
	const why = textProblem(resolved, MAX_LENGTH);
	if (why) report(at, why);
	for (const run of reading.articles ? copiedRuns(resolved, reading.articles) : []) {
		report(at, copiedRunMessage(run), run.run.split(/\s+/).slice(0, 3).join(' '));
	}
	return resolved;
}
