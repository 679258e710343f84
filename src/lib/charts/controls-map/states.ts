/** The map's named states, in reading order: what the story's steps and the stepper switch between. */
import type { ChartState } from '../chart.ts';

export const CONTROLS_MAP_STATES = [
	{ id: 'overview', label: 'Who did what' },
	{ id: 'allies', label: "The allies' controls" },
	{ id: 'netherlands', label: 'The Netherlands and ASML' },
	{ id: 'japan', label: 'Japan' },
	{ id: 'china', label: "China's answer" },
	{ id: 'suppliers', label: 'Alternative suppliers' }
] as const satisfies readonly ChartState[];

export type ControlsMapStateId = (typeof CONTROLS_MAP_STATES)[number]['id'];

/** The state with this id, or the first one for an unknown id. */
export function controlsMapState(id: string | undefined): ControlsMapStateId {
	return CONTROLS_MAP_STATES.find((s) => s.id === id)?.id ?? CONTROLS_MAP_STATES[0].id;
}
