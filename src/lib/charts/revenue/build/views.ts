/**
 * What each state of the revenue chart puts forward, and the words it needs. Editorial choices;
 * the bars themselves never change with the state.
 */

/** The revenue chart's states, in reading order. */
export const STATES = ['whole', 'china-share', 'loss-estimate'] as const;
export type State = (typeof STATES)[number];

/** Its own words in data/charts.aml; {min}, {max} (the estimate's range) and {bound} (the whole
 * number above it) are filled in by its build. */
export const WORDS = ['whole', 'china', 'loss', 'china-end', 'loss-end', 'axis'] as const;
export const LOCALS = ['min', 'max', 'bound'] as const;

export type Bar = 'whole' | 'china' | 'loss';

/** How strongly each bar is drawn in each state: 1 put forward, less set back. */
export const EMPHASIS: Record<State, Record<Bar, number>> = {
	whole: { whole: 1, china: 0.25, loss: 0.25 },
	'china-share': { whole: 0.45, china: 1, loss: 0.25 },
	'loss-estimate': { whole: 0.45, china: 0.45, loss: 1 }
};
