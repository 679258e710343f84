/**
 * Builds the revenue-exposure chart at build time: all of Micron's revenue, China's share (a
 * floor: "more than 10%") and the company's estimate of what the ban may cost it ("a single
 * digit percentage", a range with no point in it more likely than another), as shares of one
 * axis. The figures' shapes are checked when the dataset
 * loads (data/needs.ts), so the chart can rely on them.
 */
import type { RevenueChart, RevenueModel } from '../model.ts';
import { precisionOf } from '../../../build/dataset/dates.ts';
import type { Dataset, Figure } from '../../../build/dataset/schema.ts';
import { formatDate, formatFigure } from '../../../format.ts';
import type { ChartWords } from '../../../build/copy/chart-words.ts';
import type { FrameWords } from '../../../build/copy/frame.ts';
import { fill } from '../../../frame.ts';
import { EMPHASIS, WORDS } from './views.ts';
import { creditsFor } from '../../build/credits.ts';

/** The figures the chart draws, by role. */
export const REVENUE_FIGURES = {
	chinaShare: 'china-revenue-share',
	lossEstimate: 'cfo-loss-estimate'
} as const;

const TICKS = [0, 10, 50, 100];

/** A figure the chart draws; its shape was checked with the dataset (the chart's `figures`). */
function figure(dataset: Dataset, id: string): Figure & { min: number } {
	const found = dataset.figures.find((f) => f.id === id);
	if (found?.min === undefined) throw new Error(`The dataset was loaded without figure "${id}"`);
	return found as Figure & { min: number };
}

export function revenueChart(
	dataset: Dataset,
	copy: ChartWords<(typeof WORDS)[number]>,
	frame: FrameWords
): RevenueChart {
	const china = figure(dataset, REVENUE_FIGURES.chinaShare);
	const loss = figure(dataset, REVENUE_FIGURES.lossEstimate);
	// "A single digit percentage": the range the dataset reads it as, and the bound under it.
	const [min, max] = [loss.min, loss.max ?? loss.min];
	const values = { min, max, bound: Math.floor(max) + 1 };
	const asOf = (f: Figure) => formatDate(f.asOf, precisionOf(f.asOf));
	const model: RevenueModel = {
		axis: copy.text('axis'),
		ticks: TICKS,
		bars: [
			{ id: 'whole', kind: 'whole', mark: 'whole', label: copy.text('whole'), from: 0, to: 100, end: null },
			{
				id: 'china',
				kind: 'floor',
				mark: china.id,
				label: copy.text('china'),
				from: 0,
				to: china.min,
				end: copy.text('china-end')
			},
			{
				id: 'loss',
				kind: 'range',
				mark: loss.id,
				label: copy.text('loss', values),
				from: min,
				to: max,
				end: copy.text('loss-end', values)
			}
		],
		emphasis: EMPHASIS,
		rows: [china, loss].map((f) => ({
			id: f.id,
			measure: f.label,
			value: formatFigure(f),
			reading: [f.claimedBy && fill(frame.tables['claimed-by'], { who: f.claimedBy }), f.note]
				.filter(Boolean)
				.join(' '),
			date: asOf(f),
			sources: creditsFor([f], dataset.sources, frame).map((c) => c.label)
		}))
	};
	const credits = creditsFor([china, loss], dataset.sources, frame);
	return { meta: copy.meta(credits, ['figures.csv', 'figures.json'], values), model };
}
