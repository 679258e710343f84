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
