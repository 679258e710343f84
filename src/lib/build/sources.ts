/**
 * What the story's "Sources and method" section lists, computed from the dataset at build time.
 * Readers see titles, publishers and dates; record ids serve only as anchors. The words for how
 * each date was fixed ({methods}) and for each kind of problem ({kinds}) come from data/story.aml,
 * like every other sentence a reader sees.
 */
import type { Story } from './copy/story.ts';
import type { Dataset, Source } from './dataset/schema.ts';
import { DATE_METHODS } from './dataset/vocabulary.ts';
import { datedAs, formatDate } from '../format.ts';

/** What the story's "Sources and method" section lists. */
export interface SourcesInfo {
	sources: {
		/** The article's id, for its anchor (`#source-<id>`); never shown. */
		id: string;
		/** The number the data's notes use for it ("article 004"). */
		number: string;
		headline: string;
		firstLine: 'headline' | 'lede';
		/** The publisher, only where the text names it. */
		publisher: string | null;
		/** When it was published: one day, or a window with an open or a known end. */
		published: { earliest: string; latest: string | null; exact: boolean };
		/** How that window was reasoned from the text. */
		basis: string;
		contributes: string;
	}[];
	/** Every problem in the articles; the id is for its anchor only. */
	conflicts: { id: string; kind: string; claim: string; resolution: string; reasoning: string }[];
	dateMethods: {
		method: string;
		label: string;
		events: { id: string; date: string; title: string; note: string }[];
	}[];
}

/** The article's number as the data's notes name it: "004" for `004_27abe782be38579c`. */
const articleNumber = (source: Source) => source.id.split('_')[0] ?? source.id;

/** A date the window gives, to the day or the month as it was reasoned. */
const windowDate = (date: string) => formatDate(date, date.length === 10 ? 'day' : 'month');

/**
 * @param story the story's words for each way a date was fixed, and each kind of problem
 * @param about the frame's words for an approximate date, with `{date}`
 */
export function sourcesInfo(
	dataset: Dataset,
	{ methods, kinds }: Pick<Story, 'methods' | 'kinds'>,
	about: string
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
					date: datedAs(event.date, event.datePrecision, method === 'context' ? about : null),
					title: event.title,
					note: event.dateBasis.note
				}))
		})).filter((group) => group.events.length > 0)
	};
}
