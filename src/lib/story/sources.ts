/**
 * What the story's "Sources and method" section lists (built by server/sources.ts). Ids are for
 * anchors and keys only; the page shows titles, publishers and dates.
 */
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
