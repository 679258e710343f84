/** The social cards: one per story section and one for the story, each 1200 x 630 PNG. */
import { SECTION_IDS } from '../story/sections.ts';
import { absoluteUrl } from '../site.ts';
import type { ChartName } from '../charts/chart.ts';

export const CARD_IDS = ['story', ...SECTION_IDS] as const;
export type CardId = (typeof CARD_IDS)[number];

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The state a chart shows on its section's card: the one that sums the section up. */
export const CARD_STATES: Record<ChartName, string> = {
	timeline: 'overview',
	revenue: 'loss-estimate',
	'controls-map': 'allies'
};

/** The chart a card shows: its section's own, or the timeline for the story and text sections. */
export function cardChart(id: CardId): ChartName {
	return id === 'timeline' || id === 'revenue' || id === 'controls-map' ? id : 'timeline';
}

export function cardUrl(id: CardId): string {
	return absoluteUrl(`/cards/${id}.png`);
}
