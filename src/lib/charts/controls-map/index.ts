/**
 * The map of who limits chip technology, and the Micron ban: the story's countries coloured by
 * their part, in six views. See build/views.ts for what each view frames and labels.
 */
import { defineChart } from '../chart.ts';
import { mapCountryCodes } from './build/atlas.ts';
import { controlsMapChart } from './build/build.ts';
import { checkViews, STATES, WORDS } from './build/views.ts';

export default defineChart({
	name: 'controls-map',
	states: STATES,
	keyState: 'allies',
	embedHeight: 1330,
	words: WORDS,
	countryCodes: mapCountryCodes,
	checkViews,
	build: controlsMapChart
});
