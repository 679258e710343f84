/**
 * What ArchieML would hide in the story copy, found from its tagged lines (copy-lines.ts): lines
 * it drops, and `word:` lines it reads as fields the story does not have. Also names where a
 * path in the copy is, by line and by section or step, for every problem. Build-time only.
 */
import type { Problem } from '../problems.ts';
import { CONFLICT_KINDS, DATE_METHODS } from '../dataset/vocabulary.ts';
import type { Path, TaggedCopy } from './lines.ts';

/** The fields each block has; any other `word:` at a line start is a mistake. */
export const FIELDS = {
	story: ['headline', 'dek', 'dateline', 'byline', 'page', 'sections', 'methods', 'kinds'],
	section: ['id', 'title', 'body', 'steps'],
	step: ['id', 'state', 'text'],
	/** The story's own words around it: the dates line, the updates' heading, corrections, cards' line. */
	page: ['published', 'updated', 'covers', 'updates', 'corrections', 'card'],
	/** The words for each way a date was fixed, shown in the sources section. */
	methods: DATE_METHODS,
	/** The tag for each kind of problem in the articles, shown in the sources section. */
	kinds: CONFLICT_KINDS
} as const;

/** The blocks of named lines: {page}, {methods}, {kinds}. */
const BLOCKS = ['page', 'methods', 'kinds'] as const;

/** A problem in the copy; the file is added when they are thrown. */
export type Found = Omit<Problem, 'file'>;

/** The line of `path`, or of the block holding it where it has none (a missing field). */
function nearestLine(copy: TaggedCopy, path: Path): number | undefined {
	for (let end = path.length; end >= 0; end -= 1) {
		const line = copy.lineOf(path.slice(0, end));
		if (line !== undefined) return line;
	}
	return undefined;
}

/** Where a path in the copy is, for a problem: its line, and the section or step it is in. */
export function locate(
	copy: TaggedCopy,
	path: Path,
	line = nearestLine(copy, path)
): Omit<Found, 'message'> {
	const where = { line };
	const sections = (copy.data as { sections?: unknown }).sections;
	const section = Array.isArray(sections)
		? (sections[Number(path[1])] as Record<string, unknown>)
		: null;
	if (path[0] !== 'sections' || typeof path[1] !== 'number') {
		return { ...where, field: path.length > 0 ? path.map(String).join('.') : undefined };
	}
	const sectionId = typeof section?.id === 'string' ? section.id : `#${path[1] + 1}`;
	if (path[2] === 'steps' && typeof path[3] === 'number') {
		const steps = section?.steps;
		const step = Array.isArray(steps) ? (steps[path[3]] as Record<string, unknown>) : null;
		const stepId = typeof step?.id === 'string' ? step.id : `#${path[3] + 1}`;
		const field = path[4] === undefined ? undefined : String(path[4]);
		return { ...where, recordKind: 'step', record: `${sectionId}-${stepId}`, field };
	}
	const field = path[2] === undefined ? undefined : String(path[2]);
	return { ...where, recordKind: 'section', record: sectionId, field };
}

/** What an unexpected `key:` line does, and the escape that keeps it as text. */
function unknownKeyMessage(key: string, block: keyof typeof FIELDS | 'body'): string {
	const escape = `to keep it as text, start the line with a backslash: "\\${key}: ..."`;
	if (block === 'body') {
		return `"${key}:" at the start of a line reads as a field name, so this paragraph would be dropped; ${escape}`;
	}
	const cut =
		block === 'step'
			? 'the words from here to :end would be cut from the step'
			: 'this line would be dropped';
	const owner = (BLOCKS as readonly string[]).includes(block)
		? `the {${block}} block`
		: `a ${block}`;
	return `"${key}:" at the start of a line reads as a field, and ${owner} has none by that name (${FIELDS[block].join(', ')}), so ${cut}; ${escape}`;
}

/** Problems ArchieML would hide: dropped lines and keys the story does not have. */
export function hiddenByArchieml(copy: TaggedCopy): Found[] {
	const problems: Found[] = [];
	for (const line of copy.dropped) {
		const key = copy.keyOn(line);
		problems.push({
			line,
			message: key
				? `this "${key}:" is dropped, because a later "${key}:" in the same block replaces it`
				: 'this line is in no field or paragraph, so ArchieML drops it: if it continues the text above, end that text with ":end" on a line after it; if it starts a paragraph, put it inside the [.+body] block'
		});
	}
	const unknown = (value: unknown, path: Path, block: keyof typeof FIELDS) => {
		if (!value || typeof value !== 'object' || Array.isArray(value)) return;
		for (const key of Object.keys(value)) {
			if ((FIELDS[block] as readonly string[]).includes(key)) continue;
			const at = locate(copy, [...path, key]);
			const written = (at.line && copy.keyOn(at.line)) || key;
			problems.push({ ...at, message: unknownKeyMessage(written, block) });
		}
	};
	const data = copy.data as Record<string, unknown>;
	unknown(data, [], 'story');
	for (const name of BLOCKS) unknown(data[name], [name], name);
	const sections = Array.isArray(data.sections) ? (data.sections as unknown[]) : [];
	sections.forEach((section, s) => {
		unknown(section, ['sections', s], 'section');
		const { body, steps } = (section ?? {}) as { body?: unknown; steps?: unknown };
		if (Array.isArray(body)) {
			body.forEach((item: { type?: unknown }, b) => {
				if (item?.type === 'text' || typeof item?.type !== 'string') return;
				const path = ['sections', s, 'body', b];
				const at = locate(copy, path);
				const written = (at.line && copy.keyOn(at.line)) || item.type;
				problems.push({ ...at, field: 'body', message: unknownKeyMessage(written, 'body') });
			});
		}
		if (Array.isArray(steps))
			steps.forEach((step, i) => unknown(step, ['sections', s, 'steps', i], 'step'));
	});
	return problems;
}
