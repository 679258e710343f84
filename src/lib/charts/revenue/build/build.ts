/**
 * Builds the revenue-exposure chart at build time: all of Micron's revenue, China's share (a
 * floor: "more than 10%") and the company's estimate of what the ban may cost it ("a single
 * digit percentage"), as shares of one axis. The figures' shapes are checked when the dataset
 * loads (data/needs.ts), so the chart can rely on them.
 */
import type { RevenueChart, RevenueModel } from '../model.ts';
import { stateCss, stateVars } from '../../build/state-css.ts';
import { precisionOf } from '../../../build/dataset/dates.ts';
import type { Dataset, Figure } from '../../../build/dataset/schema.ts';
import { formatDate, formatFigure } from '../../../format.ts';
import type { ChartWords } from '../../../build/copy/chart-words.ts';
import type { FrameWords } from '../../../build/copy/frame.ts';
import { fill } from '../../../frame.ts';
import { EMPHASIS, STATES, WORDS, type Bar } from './views.ts';
import { creditsFor } from '../../build/credits.ts';

/** The figures the chart draws, by role. */
export const REVENUE_FIGURES = {
	chinaShare: 'china-revenue-share',
	lossEstimate: 'cfo-loss-estimate'
} as const;

/** How far China's arrow runs past its floor, in points of revenue: short of any gridline. */
const ARROW = 7;
const TICKS = [0, 10, 50, 100];


/** A figure the chart draws; its shape was checked with the dataset (data/needs.ts). */
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
	// "A single digit percentage": under the next whole number above the estimate's top.
	const bound = Math.floor(loss.max ?? loss.min) + 1;
	// A bar set back fades; its label only turns grey, so it keeps its contrast.
	const emphasis = (bar: Bar) =>
		stateVars({
			o: Object.fromEntries(STATES.map((s) => [s, EMPHASIS[s][bar]])),
			lc: Object.fromEntries(
				STATES.map((s) => [
					s,
					EMPHASIS[s][bar] === 1 ? 'var(--color-text)' : 'var(--color-muted)'
				])
			)
		});
	const asOf = (f: Figure) => formatDate(f.asOf, precisionOf(f.asOf));

	const model: RevenueModel = {
		axis: copy.text('axis'),
		ticks: TICKS,
		bars: [
			{
				id: 'whole',
				mark: 'whole',
				label: copy.text('whole'),
				solid: 100,
				open: 100,
				end: null,
				vars: emphasis('whole')
			},
			{
				id: 'china',
				mark: china.id,
				label: copy.text('china'),
				solid: china.min,
				open: china.min + ARROW,
				end: copy.text('china-end'),
				vars: emphasis('china')
			},
			{
				id: 'loss',
				mark: loss.id,
				label: copy.text('loss'),
				solid: loss.min,
				open: bound,
				end: copy.text('loss-end', { bound }),
				vars: emphasis('loss')
			}
		],
		rows: [china, loss].map((figure) => ({
			id: figure.id,
			measure: figure.label,
			value: formatFigure(figure),
			reading: [figure.claimedBy && fill(frame.tables['claimed-by'], { who: figure.claimedBy }), figure.note]
				.filter(Boolean)
				.join(' '),
			date: asOf(figure),
			sources: creditsFor([figure], dataset.sources, frame).map((c) => c.label)
		})),
		css: stateCss('revenue', STATES, ['o', 'lc'])
	};

	return {
		meta: copy.meta(creditsFor([china, loss], dataset.sources, frame), ['figures.csv', 'figures.json'], {
			bound
		}),
		model
	};
}
