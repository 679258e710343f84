/**
 * The revenue-exposure chart: Micron's revenue from China (a floor) and its own estimate of what
 * the ban could cost it (a range), as shares of its total revenue, in three views.
 */
import { defineChart } from '../chart.ts';
import { revenueChart, REVENUE_FIGURES } from './build/build.ts';
import { LOCALS, STATES, WORDS } from './build/views.ts';

export default defineChart({
	name: 'revenue',
	states: STATES,
	keyState: 'loss-estimate',
	embedHeight: 1170,
	words: WORDS,
	locals: LOCALS,
	figures: [
		{ chart: 'revenue', id: REVENUE_FIGURES.chinaShare, kind: 'share', fields: ['min'] },
		{ chart: 'revenue', id: REVENUE_FIGURES.lossEstimate, kind: 'share', fields: ['min', 'max'] }
	],
	build: revenueChart
});
