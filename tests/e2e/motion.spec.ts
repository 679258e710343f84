/**
 * State changes the compositor can run: when a chart changes state, every transition or
 * animation it starts is on `transform` or `opacity` (or a discrete `visibility` step at the
 * end), on an element that is drawn; and the steps' highlight changes at once. Read from
 * `document.getAnimations()` just after each change, in the story at a phone's width and a
 * desktop's, for every state of every chart, forward and back.
 */
import type { Page } from '@playwright/test';
import { CHART_NAMES, CHART_STATES } from '../support/charts';
import { expect, test } from './support/fixtures';

const COMPOSITED = new Set(['transform', 'opacity']);

/** Sets a chart's state and reports what started moving, and how. */
async function changeTo(page: Page, chart: string, state: string) {
	return page.evaluate(
		([name, next]) => {
			const figure = document.querySelector<HTMLElement>(`figure[data-chart="${name}"]`);
			if (!figure) throw new Error(`no ${name}`);
			const before = new Set(document.getAnimations());
			figure.dataset.state = next;
			// Style the change now, as the next frame would.
			void getComputedStyle(figure).opacity;
			return document
				.getAnimations()
				.filter((a) => !before.has(a) && a.playState !== 'finished')
				.map((a) => {
					const target = (a.effect as KeyframeEffect | null)?.target as Element | null;
					const property =
						a instanceof CSSTransition ? a.transitionProperty : (a as CSSAnimation).animationName;
					const timing = a.effect?.getComputedTiming();
					return {
						property,
						what: target
							? `${target.tagName.toLowerCase()}${target.id ? `#${target.id}` : ''}.${[...target.classList].join('.')}`
							: '?',
						// A discrete step: zero duration (visibility switched at the end of a fade).
						discrete: (timing?.duration ?? 0) === 0,
						// Laid out and visible: not hidden, not inside a part not displayed.
						drawn: target ? target.checkVisibility({ visibilityProperty: true }) : false,
						inFigure: target ? figure.contains(target) : false
					};
				});
		},
		[chart, state]
	);
}

for (const width of [375, 1280]) {
	test(`every state change at ${width}px animates only transform and opacity, on what is drawn`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('./');
		let seen = 0;
		for (const chart of CHART_NAMES) {
			const states = CHART_STATES[chart];
			const order = [...states.slice(1), ...[...states].reverse().slice(1)];
			for (const state of order) {
				const started = await changeTo(page, chart, state);
				seen += started.length;
				for (const a of started) {
					const where = `${chart} → ${state}: ${a.property} on ${a.what}`;
					expect(a.inFigure, where).toBe(true);
					if (a.property === 'visibility') {
						expect(a.discrete, `${where} must be a step, not a tween`).toBe(true);
						continue;
					}
					expect(COMPOSITED.has(a.property), where).toBe(true);
					expect(a.drawn, `${where}: not drawn, so the main thread would run it`).toBe(true);
				}
				await page.waitForTimeout(10);
			}
		}
		// The charts do move: a test that saw nothing would prove nothing.
		expect(seen).toBeGreaterThan(40);
	});
}

test('the current step’s highlight changes at once', async ({ page }) => {
	await page.goto('./');
	const steps = page.locator('li[data-step]');
	const transition = await steps.first().evaluate((el) => getComputedStyle(el).transitionDuration);
	expect(transition.split(',').every((d) => parseFloat(d) === 0)).toBe(true);
});

/**
 * A zoom heads for its country: every point of the map moves in a straight line on screen, so
 * the country the state is about goes from where it was to where it ends, not out across the
 * sea and back (as a shift inside a scale would make it). Sampled at a quarter, half and three
 * quarters of the move, in the drawing a reader sees at each width.
 */
for (const [width, from, to, code] of [
	[375, 'allies', 'netherlands', 'NLD'],
	[375, 'netherlands', 'japan', 'JPN'],
	[1280, 'allies', 'netherlands', 'NLD'],
	[1280, 'overview', 'japan', 'JPN']
] as const) {
	test(`at ${width}px the map's zoom from ${from} to ${to} heads straight for the country`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto(`./embed/controls-map/?state=${from}`);
		const centres = await page.evaluate(
			async ([state, country]) => {
				const figure = document.querySelector<HTMLElement>('figure[data-chart="controls-map"]');
				if (!figure) throw new Error('no map');
				const centre = (): [number, number] => {
					const shape = [...figure.querySelectorAll(`.cm-${country}`)].find((el) =>
						el.checkVisibility({ visibilityProperty: true })
					);
					if (!shape) throw new Error(`no ${country} drawn`);
					const box = shape.getBoundingClientRect();
					return [box.x + box.width / 2, box.y + box.height / 2];
				};
				const start = centre();
				figure.dataset.state = state;
				void getComputedStyle(figure).opacity;
				const moves = document
					.getAnimations()
					.filter((a) => a instanceof CSSTransition && a.transitionProperty === 'transform');
				const end = Math.max(...moves.map((a) => Number(a.effect?.getComputedTiming().endTime)));
				const samples: [number, number][] = [];
				for (const f of [0.25, 0.5, 0.75]) {
					for (const a of moves) {
						a.pause();
						a.currentTime = end * f;
					}
					samples.push(centre());
				}
				for (const a of moves) a.finish();
				return { start, samples, end: centre(), moving: moves.length };
			},
			[to, code]
		);
		expect(centres.moving, 'the zoom is a transition on transform').toBeGreaterThan(0);
		const [x0, y0] = centres.start;
		const [x1, y1] = centres.end;
		const length = Math.hypot(x1 - x0, y1 - y0);
		let along = 0;
		for (const [x, y] of centres.samples) {
			// Distance from the line start → end, and how far along it.
			const off = Math.abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length;
			const t = ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / length ** 2;
			expect(off, `${code} leaves the straight path by ${off.toFixed(1)}px`).toBeLessThan(4);
			expect(t, `${code} goes back or overshoots`).toBeGreaterThanOrEqual(along - 0.01);
			expect(t).toBeLessThanOrEqual(1.01);
			along = t;
		}
	});
}
