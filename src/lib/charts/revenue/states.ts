/** The revenue chart's named states, in reading order, and what each one puts forward. */
import type { ChartState } from '../chart.ts';

export const REVENUE_STATES = [
	{ id: 'whole', label: 'All revenue' },
	{ id: 'china-share', label: 'The China share' },
	{ id: 'loss-estimate', label: 'The estimated loss' },
	{ id: 'market', label: 'The market reaction' }
] as const satisfies readonly ChartState[];

export type RevenueStateId = (typeof REVENUE_STATES)[number]['id'];

/** The chart's groups of marks; a state sets how strongly each one shows. */
export type RevenueMarkGroup = 'whole' | 'china' | 'loss' | 'moves';

/** strong: the state's subject; context: shown for comparison; faint: present but set back. */
export type Emphasis = 'strong' | 'context' | 'faint';

export const REVENUE_EMPHASIS: Record<RevenueStateId, Record<RevenueMarkGroup, Emphasis>> = {
	whole: { whole: 'strong', china: 'faint', loss: 'faint', moves: 'faint' },
	'china-share': { whole: 'context', china: 'strong', loss: 'faint', moves: 'faint' },
	'loss-estimate': { whole: 'context', china: 'context', loss: 'strong', moves: 'faint' },
	market: { whole: 'faint', china: 'faint', loss: 'faint', moves: 'strong' }
};

/** The state with this id, or the first state when the id is unknown. */
export function revenueState(id: string | undefined): RevenueStateId {
	return REVENUE_STATES.find((s) => s.id === id)?.id ?? REVENUE_STATES[0].id;
}

/** Where the revenue bar's rows sit, shared by its SVG and HTML layers (LayerCake `custom`). */
export interface BarLayout {
	/** Top and bottom of each row, in percent of the layer's height. */
	rows: { bar: readonly [number, number]; loss: readonly [number, number] };
	/** Gridlines and their labels, in percent of revenue. */
	ticks: readonly number[];
	/** How far past China's floor the fading extension runs, in percentage points. Not data. */
	openEndSpan: number;
	/** The layer's usual size in pixels, used before it is measured (and on the server). */
	expectedSize: readonly [number, number];
}
