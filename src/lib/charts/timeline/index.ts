/**
 * The timeline of the chip controls, China's review and ban of Micron, and the responses: three
 * lanes along time, in five views. See build/views.ts for what each view shows.
 */
import { defineChart } from '../chart.ts';
import { timelineChart } from './build/build.ts';
import { checkViews, LOCALS, STATES, WORDS } from './build/views.ts';

export default defineChart({
	name: 'timeline',
	states: STATES,
	keyState: 'overview',
	embedHeight: 1460,
	words: WORDS,
	locals: LOCALS,
	checkViews,
	build: timelineChart
});
