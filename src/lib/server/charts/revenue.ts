/**
 * Builds the revenue-exposure chart at build time: all of Micron's revenue, China's share (a
 * floor: "more than 10%") and the company's estimate of what the ban may cost it ("a single
 * digit percentage"), as shares of one axis. The figures' shapes are checked when the dataset
 * loads (data/needs.ts), so the chart can rely on them.
 */
import { CHART_STATES } from '../../charts/chart.ts';
import type { RevenueChart, RevenueModel } from '../../charts/revenue/model.ts';
import { stateCss, stateVars } from '../../charts/state-css.ts';
import { precisionOf } from '../../data/dates.ts';
import { REVENUE_FIGURES } from '../../data/needs.ts';
import type { Dataset, Figure } from '../../data/schema.ts';
import { formatDate, formatFigure } from '../../format.ts';
import type { ChartCopy } from './copy.ts';
import { creditsFor } from './credits.ts';

/** How far China's arrow runs past its floor, in points of revenue: short of any gridline. */
const ARROW = 7;
const TICKS = [0, 10, 50, 100];

type Emphasis = Record<'whole' | 'china' | 'loss', number>;
const EMPHASIS: Record<(typeof CHART_STATES.revenue)[number], Emphasis> = {
	whole: { whole: 1, china: 0.25, loss: 0.25 },
	'china-share': { whole: 0.45, china: 1, loss: 0.25 },
	'loss-estimate': { whole: 0.45, china: 0.45, loss: 1 }
};

/** A figure the chart draws; its shape was checked with the dataset (data/needs.ts). */
function figure(dataset: Dataset, id: string): Figure & { min: number } {
	const found = dataset.figures.find((f) => f.id === id);
	if (found?.min === undefined) throw new Error(`The dataset was loaded without figure "${id}"`);
	return found as Figure & { min: number };
}

export function revenueChart(dataset: Dataset, copy: ChartCopy<'revenue'>): RevenueChart {
	const china = figure(dataset, REVENUE_FIGURES.chinaShare);
	const loss = figure(dataset, REVENUE_FIGURES.lossEstimate);
	// "A single digit percentage": under the next whole number above the estimate's top.
	const bound = Math.floor(loss.max ?? loss.min) + 1;
	// A bar set back fades; its label only turns grey, so it keeps its contrast.
	const emphasis = (bar: keyof Emphasis) =>
		stateVars({
			o: Object.fromEntries(CHART_STATES.revenue.map((s) => [s, EMPHASIS[s][bar]])),
			lc: Object.fromEntries(
				CHART_STATES.revenue.map((s) => [
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
			reading: [figure.claimedBy && `Claimed by ${figure.claimedBy}.`, figure.note]
				.filter(Boolean)
				.join(' '),
			date: asOf(figure),
			sources: creditsFor([figure], dataset.sources).map((c) => c.label)
		})),
		css: stateCss('revenue', CHART_STATES.revenue, ['o', 'lc'])
	};

	return {
		meta: copy.meta(creditsFor([china, loss], dataset.sources), ['figures.csv', 'figures.json'], {
			bound
		}),
		model
	};
}
