/**
 * The revenue-exposure chart, built at build time from the checked dataset: how much of Micron's
 * revenue comes from China, how much the company thought the ban might cost, and how its shares
 * moved. Every number is read from a figure by id; the component gets plain JSON.
 */
import { creditsFor } from '../credits.ts';
import { precisionOf } from '../../data/dates.ts';
import { formatDate, formatPercentChange } from '../../format.ts';
import type { Dataset, Figure } from '../../data/schema.ts';
import type { ChartMeta } from '../chart.ts';

export const REVENUE_FIGURES = {
	chinaShare: 'china-revenue-share',
	lossEstimate: 'cfo-loss-estimate',
	shareMoves: ['share-fall-review-day', 'share-fall-next-monday']
} as const;

/** What each share move was the reaction to, in our words, by figure id. */
const MOVE_CAPTIONS: Record<(typeof REVENUE_FIGURES.shareMoves)[number], string> = {
	'share-fall-review-day': 'Review announced',
	'share-fall-next-monday': 'Next trading day'
};

/** One day's share-price move, as the small second panel draws it. */
export interface ShareMove {
	id: string;
	/** Percent change, e.g. -4.4. */
	value: number;
	/** "−4.4%" */
	valueLabel: string;
	/** "31 March 2023" */
	date: string;
	caption: string;
	/** The line shown under the chart when the mark is hovered, focused or tapped. */
	detail: string;
}

/** One row of the data table: a figure with its qualifier and sources. */
export interface RevenueTableRow {
	id: string;
	measure: string;
	value: string;
	reading: string;
	date: string;
	sources: string[];
}

export interface RevenueModel {
	whole: { label: string; detail: string };
	/** China's share of revenue: an open-ended lower bound, `min` percent or more. */
	chinaShare: { id: string; min: number; label: string; detail: string };
	/** The CFO's estimate of lost sales: a range of percentages of total revenue. */
	lossEstimate: { id: string; min: number; max: number; label: string; detail: string };
	shareMoves: ShareMove[];
	/** Domain of the share-move axis in percent, whole numbers around the moves and zero. */
	moveDomain: [number, number];
	/** Shown under the chart until a mark is chosen. */
	hint: string;
	rows: RevenueTableRow[];
}

function figureById(dataset: Dataset, id: string): Figure {
	const figure = dataset.figures.find((f) => f.id === id);
	if (!figure) throw new Error(`Revenue chart: the dataset has no figure "${id}"`);
	if (figure.unit !== 'percent') {
		throw new Error(`Revenue chart: figure "${id}" must be in percent, not ${figure.unit}`);
	}
	return figure;
}

function need(figure: Figure, field: 'value' | 'min' | 'max'): number {
	const n = figure[field];
	if (n === undefined) throw new Error(`Revenue chart: figure "${figure.id}" has no ${field}`);
	return n;
}

function asOf(figure: Figure): string {
	return formatDate(figure.asOf, precisionOf(figure.asOf));
}

function valueText(figure: Figure): string {
	if (figure.value !== undefined) return formatPercentChange(figure.value);
	if (figure.max === undefined) return `More than ${need(figure, 'min')}%`;
	return `${need(figure, 'min')}% to ${figure.max}%`;
}

function reading(figure: Figure): string {
	switch (figure.qualifier) {
		case 'more-than':
			return 'A lower bound only: no article gives an upper figure';
		case 'estimate':
			return `Estimate${figure.claimedBy ? ` by ${figure.claimedBy}` : ''}: a “single-digit percentage”, read as a range`;
		case 'planned':
			return 'Planned';
		default:
			return 'As reported';
	}
}

export function revenueChart(dataset: Dataset): { meta: ChartMeta; model: RevenueModel } {
	const china = figureById(dataset, REVENUE_FIGURES.chinaShare);
	const loss = figureById(dataset, REVENUE_FIGURES.lossEstimate);
	const moves = REVENUE_FIGURES.shareMoves.map((id) => figureById(dataset, id));

	const chinaMin = need(china, 'min');
	const lossMin = need(loss, 'min');
	const lossMax = need(loss, 'max');
	const claimant = loss.claimedBy ?? 'Micron';

	const shareMoves: ShareMove[] = moves.map((figure) => {
		const value = need(figure, 'value');
		const caption = MOVE_CAPTIONS[figure.id as keyof typeof MOVE_CAPTIONS];
		const verb = value < 0 ? 'fell' : 'rose';
		return {
			id: figure.id,
			value,
			valueLabel: formatPercentChange(value),
			date: asOf(figure),
			caption,
			detail: `${asOf(figure)} (${caption.toLowerCase()}): Micron’s shares ${verb} ${Math.abs(value)}%.`
		};
	});
	const values = shareMoves.map((m) => m.value);
	const [first, second] = shareMoves as [ShareMove, ShareMove];

	const records = [china, loss, ...moves];
	const model: RevenueModel = {
		whole: {
			label: 'All of Micron’s revenue: 100%',
			detail:
				'The whole bar is all of Micron’s revenue. The articles give no total in dollars, so every mark is a share of it.'
		},
		chinaShare: {
			id: china.id,
			min: chinaMin,
			label: `China: more than ${chinaMin}% of revenue`,
			detail: `China brings in more than ${chinaMin}% of Micron’s revenue (${asOf(china)}). That is a floor: no article says how much more, so the bar fades out instead of ending.`
		},
		lossEstimate: {
			id: loss.id,
			min: lossMin,
			max: lossMax,
			label: `Estimate: ${lossMin}–${lossMax}% of revenue, a “single-digit percentage”`,
			detail: `Sales Micron might lose to the ban: ${lossMin}% to ${lossMax}% of total revenue. This is the company’s own estimate, a “single-digit percentage”, given by ${claimant}, in ${asOf(loss)}; the final figure depends on which customers and products are hit.`
		},
		shareMoves,
		moveDomain: [
			Math.min(0, Math.floor(Math.min(...values))),
			Math.max(0, Math.ceil(Math.max(...values)))
		],
		hint: 'Hover over, tap or tab to a mark to read its details here.',
		rows: records.map((figure) => ({
			id: figure.id,
			measure: figure.label,
			value: valueText(figure),
			reading: reading(figure),
			date: asOf(figure),
			sources: creditsFor([figure], dataset.sources).map((c) => c.label)
		}))
	};

	const meta: ChartMeta = {
		name: 'revenue',
		title: 'How much of Micron’s revenue the China ban puts at risk',
		description: `The long bar is all of Micron’s revenue. China accounts for more than ${chinaMin}% of it, a floor rather than an exact share. Micron’s finance chief thought the ban could cost sales worth ${lossMin}% to ${lossMax}% of the total. A small second panel shows Micron’s shares falling ${Math.abs(first.value)}% on ${first.date}, the day China announced its security review, and ${Math.abs(second.value)}% more on ${second.date}.`,
		note: `The China share is only a lower bound: the reports say “more than ${chinaMin}%” and no more, so the bar fades out rather than stopping. The loss is the company’s own estimate, a “single-digit percentage” of revenue, drawn as ${lossMin}–${lossMax}%. None of the articles gives Micron’s revenue in dollars, so the chart shows shares of the total only.`,
		sources: creditsFor(records, dataset.sources),
		dataFiles: ['figures.csv', 'figures.json']
	};

	return { meta, model };
}
