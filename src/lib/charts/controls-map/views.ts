/**
 * What each state of the map is about: the countries it frames and emphasises, and a caption
 * in our own words. The window and label placements are computed from these in model.ts.
 */
import type { ControlsMapStateId } from './states.ts';

export interface ViewSpec {
	/** Countries whose main landmass the window frames; empty for the whole map. */
	about: readonly string[];
	/** Countries drawn at full strength and labelled first; `all` for every dataset country. */
	emphasis: readonly string[] | 'all';
	/** Narrowest window, in map units (the map is 1000 wide), so a small country keeps its neighbours in view. */
	minWidth: number;
	/** Said under the map in this state. */
	caption: string;
}

export const VIEWS: Record<ControlsMapStateId, ViewSpec> = {
	overview: {
		about: [],
		emphasis: 'all',
		minWidth: 0,
		caption:
			'Three governments restrict chip technology for China, China answered with a ban on Micron, South Korea makes the chips buyers could switch to, and the other G7 members backed a joint statement.'
	},
	allies: {
		about: ['USA', 'JPN', 'NLD'],
		emphasis: ['USA', 'JPN', 'NLD'],
		minWidth: 0,
		caption:
			'The United States has required licences for advanced chips and chipmaking tools since October 2022; Japan and the Netherlands set limits of their own in 2023.'
	},
	netherlands: {
		about: ['NLD'],
		emphasis: ['NLD'],
		minWidth: 96,
		caption:
			'The Netherlands is home to ASML, the only maker of the ultraviolet lithography machines China needs for the most advanced chips, and the Dutch government has limited sales of chipmaking technology abroad.'
	},
	japan: {
		about: ['JPN'],
		emphasis: ['JPN'],
		minWidth: 170,
		caption:
			'Japan announced its own limits on chipmaking equipment on the day China opened its review of Micron.'
	},
	china: {
		about: ['CHN'],
		emphasis: ['CHN'],
		minWidth: 0,
		caption:
			'China opened a security review of Micron in March 2023 and in May told operators of critical information infrastructure to stop buying its products.'
	},
	suppliers: {
		about: ['KOR'],
		emphasis: ['KOR'],
		minWidth: 130,
		caption:
			"South Korea's Samsung and SK Hynix, Micron's rivals, already do business in China, and Korean memory chips were named as an alternative for Micron's Chinese customers."
	}
};
