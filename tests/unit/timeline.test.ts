/**
 * The timeline's model and what it renders: every event once, every state a LayerCake layer,
 * and each state's mark places where d3's own scale of the state's axis puts them.
 */
import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import Timeline from '../../src/lib/charts/timeline/Timeline.svelte';
import { CHART_STATES } from '../support/charts';
import { charts, count, dataset, renderWithFrame } from './support/charts';

const { meta, model } = charts.timeline;
const view = (state: string) => {
	const found = model.views.find((v) => v.state === state);
	if (!found) throw new Error(`no view ${state}`);
	return found;
};

describe('the timeline model', () => {
	it('has one mark per event, in dataset order, each in its side’s lane with a shape', () => {
		expect(model.marks.map((m) => m.id)).toEqual(dataset.events.map((e) => e.id));
		for (const event of dataset.events) {
			const mark = model.marks.find((m) => m.id === event.id);
			const lane = event.side === 'china' || event.side === 'micron' ? event.side : 'allies';
			expect(mark?.lane, event.id).toBe(lane);
			expect(mark?.span, event.id).toBe(event.datePrecision === 'month');
			if (event.kind === 'market') expect(mark?.shape).toBe('down');
		}
	});

	it('draws how each date was fixed: stated, from the public record, or approximate', () => {
		for (const event of dataset.events) {
			const kind = model.marks.find((m) => m.id === event.id)?.dateKind;
			const expected = { context: 'approximate', external: 'record' } as Record<string, string>;
			expect(kind, event.id).toBe(expected[event.dateBasis.method] ?? 'stated');
		}
	});

	it('has a view for every state, each with the whole dataset placed or sent away', () => {
		expect(model.views.map((v) => v.state)).toEqual([...CHART_STATES.timeline]);
		for (const v of model.views) {
			expect(v.marks.map((m) => m.id)).toEqual(dataset.events.map((e) => e.id));
			expect(v.marks.filter((m) => m.shown).length, v.state).toBeGreaterThan(2);
		}
	});

	it('uses one scale either side of a break: a month is as long on both sides', () => {
		const overview = view('overview');
		expect(overview.breaks).toHaveLength(1);
		const x = scaleLinear().domain(overview.x.domain).range(overview.x.range);
		const width = (from: string, to: string) => x(Date.parse(to)) - x(Date.parse(from));
		expect(width('2022-10-01', '2022-11-01')).toBeCloseTo(
			width('2023-03-01', '2023-04-01') * (31 / 31),
			1
		);
		expect(overview.breaks[0]?.text).toMatch(/November 2022–February 2023/);
	});

	it('sends the marks a state leaves out away, and keeps the ones its groups name', () => {
		for (const v of model.views) {
			for (const m of v.marks.filter((d) => !d.shown))
				expect(m.label, `${v.state} ${m.id}`).toBeNull();
		}
		// Each group band stands for hidden marks inside it; the overview keeps the review and the ban.
		const overview = view('overview');
		expect(overview.groups).toHaveLength(2);
		for (const group of overview.groups) {
			const inside = overview.marks.filter(
				(m) => !m.span && m.start >= group.from && m.start < group.to
			);
			expect(inside.some((m) => !m.shown)).toBe(true);
		}
	});

	it('numbers each state’s labels 1 to n in time order, each on a shown mark', () => {
		for (const v of model.views) {
			const numbered = v.marks
				.filter((m) => m.label !== null)
				.sort((a, b) => (a.label ?? 0) - (b.label ?? 0));
			expect(numbered.map((m) => m.label)).toEqual(numbered.map((_, i) => i + 1));
			const starts = numbered.map((m) => m.start);
			expect(starts).toEqual([...starts].sort((a, b) => a - b));
			expect(v.labels.map((l) => l.n).sort()).toEqual(numbered.map((m) => m.label));
		}
	});

	it('keeps marks that share a lane and a row at least a target apart on a phone', () => {
		for (const v of model.views) {
			const x = scaleLinear().domain(v.x.domain).range(v.x.range);
			const points = v.marks.filter((m) => m.shown && !m.span);
			for (const a of points) {
				for (const b of points.filter(
					(p) => p !== a && p.lane === a.lane && p.narrow === a.narrow
				)) {
					// 24 px targets on the narrowest plot the build plans for, 288 px.
					expect(
						Math.abs(x(a.start) - x(b.start)) * 2.88,
						`${v.state} ${a.id} ${b.id}`
					).toBeGreaterThanOrEqual(24);
				}
			}
		}
	});

	it('has a title and a text for every state, with every placeholder filled', () => {
		expect(meta.states.map((s) => s.id)).toEqual([...CHART_STATES.timeline]);
		for (const text of [meta.title, meta.description, ...meta.states.map((s) => s.alt)]) {
			expect(text).not.toMatch(/\{/);
		}
	});
});

describe('the timeline, rendered', () => {
	const { body } = renderWithFrame(Timeline, { chart: charts.timeline, state: 'review' });

	it('draws every event as a button that opens its details, and every state as a layer', () => {
		expect(body).toContain('data-chart="timeline"');
		expect(body).toContain('data-state="review"');
		expect(count(body, /<button[^>]*data-mark="/g)).toBe(model.marks.length);
		for (const { id } of model.marks) {
			expect(body).toContain(`popovertarget="timeline-event-${id}"`);
			expect(body).toContain(`id="timeline-event-${id}"`);
		}
		for (const state of CHART_STATES.timeline) expect(body).toContain(`data-layer="${state}"`);
		expect(count(body, /<tr data-row="/g)).toBe(model.marks.length);
	});

	it('places each shown mark where d3’s scale of the state’s axis puts it', () => {
		for (const v of model.views) {
			const x = scaleLinear().domain(v.x.domain).range(v.x.range);
			for (const m of v.marks.filter((d) => d.shown && !d.span)) {
				const rule = new RegExp(
					`\\[data-chart="timeline"\\]\\[data-state="${v.state}"\\] #tl-${m.id}\\{left:([\\d.]+)%`
				).exec(body);
				expect(rule, `${v.state} ${m.id}`).not.toBeNull();
				expect(Number(rule?.[1])).toBeCloseTo(x(m.start), 1);
			}
		}
	});

	it('moves symbols only by transform and opacity, and not at all where a state hides them', () => {
		const rules = [...body.matchAll(/#tl-symbol-[a-z0-9-]+\{([^}]*)\}/g)].map((m) => m[1] ?? '');
		expect(rules.length).toBeGreaterThan(20);
		for (const rule of rules) {
			const properties = rule.split(';').map((d) => d.split(':')[0]);
			expect(
				properties.every((p) =>
					['transform', 'opacity', 'visibility', 'transition'].includes(p ?? '')
				)
			).toBe(true);
			if (/opacity:0(;|$)/.test(rule)) expect(rule).toContain('transition:none');
		}
	});

	it('falls back to the first state for an unknown one', () => {
		const unknown = renderWithFrame(Timeline, { chart: charts.timeline, state: 'nope' }).body;
		expect(unknown).toContain('data-state="overview"');
	});
});
