/**
 * The story's placeholders for dataset values: {event:ID.date}, {figure:ID}, {count:events},
 * {count:sources}, {count:role.ROLE}. Shared by the story and the charts' words. Build-time only.
 */
import type { Dataset } from '../dataset/schema.ts';
import { formatCount, formatDate, formatFigure } from '../../format.ts';

/**
 * Records a placeholder may name that have problems of their own (a record the dataset rejected,
 * or any record of a file that did not parse): they are reported once, there, not again here.
 */
export type Unresolved = (kind: 'event' | 'figure', id: string) => boolean;

const PLACEHOLDER = /\{([a-z]+):([a-z0-9-]+)(?:\.([a-z0-9-]+))?\}/g;

/**
 * Replaces every placeholder with its dataset value. `fail` is told of each one it cannot
 * resolve, and of each brace pair that is no placeholder, and gives the text to put there.
 */
export function resolvePlaceholders(
	value: string,
	dataset: Dataset,
	fail: (token: string, why: string) => string,
	unresolved: Unresolved = () => false
): string {
	for (const [stray] of value.replace(PLACEHOLDER, '').matchAll(/\{[^{}\s]*\}/g)) {
		fail(stray, 'unrecognised placeholder');
	}
	return value.replace(PLACEHOLDER, (token, kind: string, id: string, field?: string) => {
		if ((kind === 'event' || kind === 'figure') && unresolved(kind, id)) return token;
		if (kind === 'event') {
			const event = dataset.events.find((e) => e.id === id);
			if (!event) return fail(token, `unknown event "${id}"`);
			if (field !== 'date') return fail(token, `events offer only .date, not ".${field ?? ''}"`);
			return formatDate(event.date, event.datePrecision);
		}
		if (kind === 'figure') {
			const figure = dataset.figures.find((f) => f.id === id);
			if (!figure) return fail(token, `unknown figure "${id}"`);
			if (field) return fail(token, `figures take no field, not ".${field}"`);
			return formatFigure(figure);
		}
		if (kind === 'count') {
			if (id === 'events' && !field) return formatCount(dataset.events.length);
			if (id === 'sources' && !field) return formatCount(dataset.sources.length);
			if (id === 'role' && field) {
				const count = dataset.countries.filter((c) => c.role === field).length;
				if (count === 0) return fail(token, `no country has the role "${field}"`);
				return formatCount(count);
			}
		}
		return fail(token, `unknown placeholder`);
	});
}
