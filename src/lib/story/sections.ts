/** The story's sections, in order: the page's outline and its public anchors. No dependencies. */
export const SECTION_IDS = [
	'intro',
	'timeline',
	'revenue',
	'controls-map',
	'what-to-watch',
	'unknowns',
	'glossary',
	'sources'
] as const;

export type SectionId = (typeof SECTION_IDS)[number];
