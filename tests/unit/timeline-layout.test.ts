import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { formatGap, formatSpan, tickLabel } from '../../src/lib/charts/timeline/build/dates';
import { DAY, packRows, timeScale } from '../../src/lib/charts/timeline/build/geometry';

describe('timeScale', () => {
	it('gives every stretch the same share of the axis per day, with a break between', () => {
		// 10 days, a break of 10%, then 30 days: 90% over 40 days is 2.25% a day.
		const scale = timeScale(
			[
				[0, 10 * DAY],
				[100 * DAY, 130 * DAY]
			],
			10
		);
		expect(scale.at(0)).toBe(0);
		expect(scale.at(10 * DAY)).toBe(22.5);
		expect(scale.at(100 * DAY)).toBe(32.5);
		expect(scale.at(130 * DAY)).toBe(100);
		expect(scale.breaks).toEqual([{ x0: 22.5, x1: 32.5, from: 10 * DAY, to: 100 * DAY }]);
	});

	it('is the same scale, piecewise, for d3 (and LayerCake): break ends included', () => {
		const scale = timeScale(
			[
				[0, 10 * DAY],
				[100 * DAY, 130 * DAY]
			],
			10
		);
		const d3 = scaleLinear().domain(scale.stops.domain).range(scale.stops.range);
		for (const day of [0, 4, 10, 100, 117, 130])
			expect(d3(day * DAY)).toBeCloseTo(scale.at(day * DAY) ?? NaN, 2);
		// Inside the break, d3 runs across it: the band the break is drawn in.
		expect(d3(55 * DAY)).toBeCloseTo(27.5, 2);
	});

	it('places no time in a break or outside the stretches', () => {
		const scale = timeScale(
			[
				[0, 10 * DAY],
				[100 * DAY, 130 * DAY]
			],
			10
		);
		expect(scale.at(50 * DAY)).toBeNull();
		expect(scale.at(-DAY)).toBeNull();
		expect(scale.domain).toEqual([0, 130 * DAY]);
	});
});

describe('packRows', () => {
	it('gives each box the lowest row in its lane where it keeps the gap from the others', () => {
		const at = (x0: number, x1: number, lane = 'a') => ({ lane, x0, x1 });
		expect(packRows([at(0, 24), at(20, 44), at(50, 74), at(10, 30), at(0, 24, 'b')], 2)).toEqual([
			0, 1, 0, 2, 0
		]);
	});

	it('lets boxes that keep the gap share a row', () => {
		expect(
			packRows(
				[
					{ lane: 'a', x0: 0, x1: 10 },
					{ lane: 'a', x0: 12, x1: 20 }
				],
				2
			)
		).toEqual([0, 0]);
	});
});

describe('tickLabel', () => {
	it('names the year or the month only where it changes', () => {
		expect(tickLabel('2022-10-01', undefined, 'month')).toBe('Oct 2022');
		expect(tickLabel('2023-03-01', '2022-10-01', 'month')).toBe('Mar 2023');
		expect(tickLabel('2023-04-01', '2023-03-01', 'month')).toBe('Apr');
		expect(tickLabel('2023-05-20', undefined, 'day')).toBe('20 May');
		expect(tickLabel('2023-05-21', '2023-05-20', 'day')).toBe('21');
		expect(tickLabel('2023-04-03', '2023-03-27', 'day')).toBe('3 Apr');
	});
});

describe('formatGap and formatSpan', () => {
	it('name the months a break leaves out, and the days of a group', () => {
		expect(formatGap(Date.UTC(2022, 10, 1), Date.UTC(2023, 2, 1))).toBe(
			'November 2022–February 2023'
		);
		expect(formatSpan('2023-03-31', '2023-04-03')).toBe('31 Mar–3 Apr');
		expect(formatSpan('2023-05-20', '2023-05-23')).toBe('20–23 May');
	});
});
