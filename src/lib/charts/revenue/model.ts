/**
 * What the build hands the revenue chart: three bars on one axis of shares of Micron's
 * revenue (all of it, China's floor, the company's estimate of what the ban may cost), each
 * bar's emphasis per state as custom properties, and the rows of its data table. Types only.
 */
import type { ChartMeta } from '../chart.ts';

export interface RevenueBar {
	id: 'whole' | 'china' | 'loss';
	/** The figure it draws, if any (`data-mark`). */
	mark: string;
	label: string;
	/** Where the solid part ends, in percent of revenue. */
	solid: number;
	/** Where the open part (China's arrow, the estimate's fade) ends; equal to `solid` for none. */
	open: number;
	/** Words at the end of the open part. */
	end: string | null;
	/** Each state's emphasis (--o), inline. */
	vars: string;
}

export interface RevenueTableRow {
	id: string;
	measure: string;
	value: string;
	reading: string;
	date: string;
	sources: string[];
}

export interface RevenueModel {
	axis: string;
	ticks: number[];
	bars: RevenueBar[];
	rows: RevenueTableRow[];
	css: string;
}

export interface RevenueChart {
	meta: ChartMeta;
	model: RevenueModel;
}
