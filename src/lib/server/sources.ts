/**
 * What the story's "Sources and method" section lists, computed from the dataset at build time.
 * Readers see titles, publishers and dates; record ids serve only as anchors. The words for how
 * each date was fixed ({methods}) and for each kind of problem ({kinds}) come from data/story.aml,
 * like every other sentence a reader sees.
 */
import type { SourcesInfo } from '../story/sources.ts';
import type { Story } from '../story/copy.ts';
import type { Dataset, Source } from '../data/schema.ts';
import { DATE_METHODS } from '../data/vocabulary.ts';
import { formatDate } from '../format.ts';
import { loadStory } from './story.ts';

/** The article's number as the data's notes name it: "004" for `004_27abe782be38579c`. */
const articleNumber = (source: Source) => source.id.split('_')[0] ?? source.id;

/** A date the window gives, to the day or the month as it was reasoned. */
const windowDate = (date: string) => formatDate(date, date.length === 10 ? 'day' : 'month');

export function sourcesInfo(
	dataset: Dataset,
	{ methods, kinds }: Pick<Story, 'methods' | 'kinds'> = loadStory(dataset)
): SourcesInfo {
	return {
		sources: dataset.sources.map((source) => {
			const { earliest, latest } = source.published;
			return {
				id: source.id,
				number: articleNumber(source),
				headline: source.headline,
				firstLine: source.firstLine,
				publisher: source.outlet?.name ?? null,
				published: {
					earliest: windowDate(earliest),
					latest: latest === null ? null : windowDate(latest),
					exact: earliest === latest
				},
				basis: source.published.basis,
				contributes: source.contributes
			};
		}),
		conflicts: dataset.conflicts.map(({ id, kind, claim, resolution, reasoning }) => ({
			id,
			kind: kinds[kind],
			claim,
			resolution,
			reasoning
		})),
		dateMethods: DATE_METHODS.map((method) => ({
			method,
			label: methods[method],
			events: dataset.events
				.filter((event) => event.dateBasis.method === method)
				.map((event) => ({
					id: event.id,
					date: formatDate(event.date, event.datePrecision, method === 'context'),
					title: event.title,
					note: event.dateBasis.note
				}))
		})).filter((group) => group.events.length > 0)
	};
}
