/** Each chart's public name with its states: what the story, the embeds and the share pages list. */
import type { ChartName, ChartState } from './chart.ts';
import { CONTROLS_MAP_STATES } from './controls-map/states.ts';
import { REVENUE_STATES } from './revenue/states.ts';
import { TIMELINE_STATES } from './timeline/states.ts';

export const CHART_STATES: Record<ChartName, readonly ChartState[]> = {
	timeline: TIMELINE_STATES,
	revenue: REVENUE_STATES,
	'controls-map': CONTROLS_MAP_STATES
};
