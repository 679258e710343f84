/** What the story's "Sources and method" section lists, computed from the dataset at build time. */
import type { SourcesInfo } from '../story/sources.ts';
import { sourceLabel } from './charts/credits.ts';
import type { Dataset } from '../data/schema.ts';
import { formatDate } from '../format.ts';

const METHOD_LABELS: Record<string, string> = {
	stated: 'Stated in an article',
	weekday: 'Fixed from a weekday and a dated article',
	relative: 'Counted from "last week", "last month" or "the same day"',
	external: 'Taken from a named public record, where the articles are vague',
	context: 'Undated; placed on the day of the event it answers (approximate)'
};

export function sourcesInfo(dataset: Dataset): SourcesInfo {
	return {
		sources: dataset.sources.map((source) => ({
			id: source.id,
			label: sourceLabel(source),
			headline: source.headline,
			firstLine: source.firstLine,
			published: source.published.basis,
			contributes: source.contributes
		})),
		conflicts: dataset.conflicts.map(({ id, kind, claim, resolution, reasoning }) => ({
			id,
			kind: kind.replace('-', ' '),
			claim,
			resolution,
			reasoning
		})),
		dateMethods: Object.entries(METHOD_LABELS)
			.map(([method, label]) => ({
				method,
				label,
				events: dataset.events
					.filter((event) => event.dateBasis.method === method)
					.map((event) => ({
						id: event.id,
						date: formatDate(event.date, event.datePrecision, method === 'context'),
						title: event.title,
						note: event.dateBasis.note
					}))
			}))
			.filter((group) => group.events.length > 0)
	};
}
