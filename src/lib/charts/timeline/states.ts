/** The timeline's named states, in reading order. Each has a view (views.ts) over the same marks. */
import type { ChartState } from '../chart.ts';

export const TIMELINE_STATES = [
	{ id: 'overview', label: 'The whole picture' },
	{ id: 'allied-controls', label: 'The allied controls' },
	{ id: 'review', label: "China's review" },
	{ id: 'ban', label: 'The ban' },
	{ id: 'responses', label: 'The responses' }
] as const satisfies readonly ChartState[];

export type TimelineStateId = (typeof TIMELINE_STATES)[number]['id'];

export function isTimelineState(id: string): id is TimelineStateId {
	return TIMELINE_STATES.some((state) => state.id === id);
}
