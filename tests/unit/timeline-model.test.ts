import { describe, expect, it } from 'vitest';
import { laneBands, crossPosition, clampPercent } from '../../src/lib/charts/timeline/layout';
import {
	assignRows,
	markTime,
	timelineChart,
	type TimelineMark
} from '../../src/lib/charts/timeline/model';
import { TIMELINE_STATES } from '../../src/lib/charts/timeline/states';
import { loadDataset } from '../../src/lib/server/dataset';

const dataset = loadDataset();
const { meta, model } = timelineChart(dataset);
const mark = (id: string): TimelineMark | undefined => model.marks.find((m) => m.id === id);
const DAY = 24 * 60 * 60 * 1000;

describe('markTime', () => {
	it('puts a day at its middle and spans a month from its first day to the next', () => {
		expect(markTime('2023-05-21', 'day')).toEqual({
			start: Date.UTC(2023, 4, 21, 12),
			end: Date.UTC(2023, 4, 21, 12)
		});
		expect(markTime('2022-10', 'month')).toEqual({
			start: Date.UTC(2022, 9, 1),
			end: Date.UTC(2022, 10, 1)
		});
	});
});

describe('assignRows', () => {
	it('gives marks in one lane less than five days apart separate rows, reusing freed rows', () => {
		const at = (day: number) => ({ lane: 'allies' as const, start: day * DAY, end: day * DAY });
		expect(assignRows([at(20), at(21), at(21), at(22), at(23), at(30)])).toEqual([
			0, 1, 2, 3, 4, 0
		]);
	});

	it('places day marks before month bars, so the bars take the later rows', () => {
		const month = { lane: 'china' as const, start: 0, end: 30 * DAY };
		const day = { lane: 'china' as const, start: 29 * DAY, end: 29 * DAY };
		expect(assignRows([month, day])).toEqual([1, 0]);
	});

	it('keeps lanes independent', () => {
		expect(
			assignRows([
				{ lane: 'allies', start: 0, end: 0 },
				{ lane: 'china', start: 0, end: 0 }
			])
		).toEqual([0, 0]);
	});
});

describe('timelineChart', () => {
	it('has one mark per event, in dataset order', () => {
		expect(model.marks.map((m) => m.id)).toEqual(dataset.events.map((e) => e.id));
	});

	it('puts each event in its lane with its shape', () => {
		expect(mark('us-export-controls')).toMatchObject({
			lane: 'allies',
			shape: 'circle',
			precision: 'month'
		});
		expect(mark('cac-ban')).toMatchObject({ lane: 'china', shape: 'diamond', row: 0 });
		expect(mark('micron-shares-fall-review')).toMatchObject({ lane: 'micron', shape: 'down' });
		expect(mark('micron-shares-fall-monday')).toMatchObject({ row: 2 });
		expect(mark('micron-confirms-review')).toMatchObject({
			lane: 'micron',
			shape: 'triangle',
			row: 1
		});
	});

	it('labels approximate dates as such', () => {
		expect(mark('micron-cfo-estimate')).toMatchObject({
			approximate: true,
			dateLabel: 'About 21 May 2023'
		});
		expect(mark('cac-ban')).toMatchObject({
			approximate: false,
			dateLabel: '21 May 2023',
			shortDate: '21 May'
		});
		expect(mark('netherlands-export-limits')?.dateLabel).toBe('March 2023');
	});

	it('has a view per state; the full views compress November to February', () => {
		expect(Object.keys(model.views)).toEqual(TIMELINE_STATES.map((s) => s.id));
		expect(model.views.overview.domain).toEqual([
			Date.UTC(2022, 9, 1),
			Date.UTC(2022, 10, 1),
			Date.UTC(2023, 2, 1),
			Date.UTC(2023, 5, 1)
		]);
		expect(model.views.overview.range).toEqual([0, 9, 15, 100]);
		expect(model.views.overview.compressed).toEqual({
			start: Date.UTC(2022, 10, 1),
			end: Date.UTC(2023, 2, 1)
		});
		expect(model.views.overview.ticks.map((t) => t.label)).toEqual([
			'Oct 2022',
			'Mar 2023',
			'Apr 2023',
			'May 2023'
		]);
		expect(model.views.responses.ticks.map((t) => t.label)).toEqual([
			'19 May',
			'20 May',
			'21 May',
			'22 May',
			'23 May',
			'24 May'
		]);
		expect(model.views.responses.compressed).toBeNull();
	});

	it('frames the chart with its sources and data files', () => {
		expect(meta.name).toBe('timeline');
		expect(meta.description).toContain('20 dated events, from October 2022 to 23 May 2023');
		expect(meta.sources.map((s) => s.id)).toEqual(dataset.sources.map((s) => s.id));
		expect(meta.sources[1]?.label).toBe('UPI, 22 May 2023');
		expect(meta.dataFiles).toEqual(['events.csv', 'events.json']);
	});

	it('refuses a view naming an event that does not exist', () => {
		const renamed = {
			...dataset,
			events: dataset.events.map((e) => (e.id === 'cac-ban' ? { ...e, id: 'cac-ban-2' } : e))
		};
		expect(() => timelineChart(renamed)).toThrow(
			'Timeline view "overview" names unknown event "cac-ban"'
		);
	});
});

describe('layout', () => {
	const bands = laneBands(model.lanes, model.marks);

	it('sizes lanes by their rows', () => {
		expect(bands.map((b) => [b.id, b.rows])).toEqual([
			['allies', 5],
			['micron', 3],
			['china', 3]
		]);
		const round = (n: number) => Math.round(n * 1e6) / 1e6;
		expect(bands.map((b) => round(b.start))).toEqual([0, 45.454545, 72.727273]);
		expect(bands.map((b) => round(b.size))).toEqual([45.454545, 27.272727, 27.272727]);
	});

	it('centres a mark in its sub-row', () => {
		const [allies] = bands;
		expect(allies && crossPosition(allies, 0)).toBeCloseTo(50 / 11, 12);
		expect(allies && crossPosition(allies, 4)).toBeCloseTo(450 / 11, 12);
	});

	it('clamps positions just outside the plot', () => {
		expect([clampPercent(-40), clampPercent(50), clampPercent(180)]).toEqual([-1, 50, 101]);
	});
});

describe('view checks', () => {
	it('refuse a label on a mark the view fades', async () => {
		const { VIEWS } = await import('../../src/lib/charts/timeline/views');
		const original = VIEWS.ban.labels;
		VIEWS.ban.labels = [...original, 'us-export-controls'];
		try {
			expect(() => timelineChart(dataset)).toThrow(
				'Timeline view "ban" labels "us-export-controls", which it does not emphasise'
			);
		} finally {
			VIEWS.ban.labels = original;
		}
	});
});
