/** What the story's "Sources and method" section lists (built by server/sources.ts). */
export interface SourcesInfo {
	sources: {
		id: string;
		label: string;
		headline: string;
		firstLine: 'headline' | 'lede';
		published: string;
		contributes: string;
	}[];
	conflicts: { id: string; kind: string; claim: string; resolution: string; reasoning: string }[];
	dateMethods: {
		method: string;
		label: string;
		events: { id: string; date: string; title: string; note: string }[];
	}[];
}
