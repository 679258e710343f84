import { describe, expect, it } from 'vitest';
import {
	DAY,
	laneBands,
	packRows,
	rowCentre,
	timeScale
} from '../../src/lib/charts/timeline/build/layout';
import { tickLabel } from '../../src/lib/charts/timeline/build/build';

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

describe('laneBands and rowCentre', () => {
	it('share the plot below the strip by rows, each lane at least one', () => {
		const bands = laneBands([2, 0, 1], 10);
		expect(bands).toEqual([
			{ top: 10, height: 45, rows: 2 },
			{ top: 55, height: 22.5, rows: 1 },
			{ top: 77.5, height: 22.5, rows: 1 }
		]);
		expect(rowCentre(bands[0] as (typeof bands)[0], 1)).toBe(43.75);
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
