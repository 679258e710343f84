/**
 * What the build hands the revenue chart: three bars on one axis of shares of Micron's revenue
 * (all of it, China's floor, the company's estimate of what the ban may cost), how strongly each
 * state draws each bar, and the rows of its data table. Types only.
 */
import type { ChartMeta } from '../chart.ts';
import type { Bar } from './build/views.ts';

/** What a bar draws: all of a whole, a floor with no ceiling, or a range with no point in it. */
type BarKind = 'whole' | 'floor' | 'range';

export interface RevenueBar {
	id: Bar;
	kind: BarKind;
	/** The figure it draws (`data-mark`), or `whole`. */
	mark: string;
	label: string;
	/** Where it is drawn, in percent of revenue: from, to (a floor's arrow runs on past `to`). */
	from: number;
	to: number;
	/** Words at its end. */
	end: string | null;
}

interface RevenueTableRow {
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
	/** How strongly each state draws each bar: 1 put forward, less set back. */
	emphasis: Record<string, Record<Bar, number>>;
	rows: RevenueTableRow[];
}

export interface RevenueChart {
	meta: ChartMeta;
	model: RevenueModel;
}
