/** The social cards: one for the story and one per section, each a 1200 x 630 PNG. */
import type { Story } from '../build/copy/story.ts';
import type { ChartName } from '../charts/registry.ts';
import { absoluteUrl } from '../site.ts';

export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** The story's card, then one for each of its sections, by the section's id. */
export function cardIds(story: Pick<Story, 'sections'>): string[] {
	return ['story', ...story.sections.map((s) => s.id)];
}

/**
 * The chart a card shows: its section's own, or the story's first chart for the story's card
 * and for the sections without one.
 */
export function cardChart(story: Pick<Story, 'sections'>, id: string): ChartName {
	const own = story.sections.find((s) => s.id === id)?.chart;
	const first = story.sections.find((s) => s.chart)?.chart;
	return (own ?? first) as ChartName;
}

export function cardUrl(id: string): string {
	return absoluteUrl(`/cards/${id}.png`);
}
