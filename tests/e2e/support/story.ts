/** How the story's browser tests move through it as a reader would. */
import { expect, type Page } from '@playwright/test';

/**
 * Scrolls so the first step of `section` that shows `state` (or the step with that id) sits just
 * past its section's trigger line (halfway down the room under the sticky chart on a phone, 60%
 * down beside it on a desktop), and waits for the chart to show the step's state.
 */
export async function showStep(page: Page, section: string, state: string): Promise<void> {
	const shown = await scrollToStep(page, section, state);
	await expect(page.locator(`#${section} figure[data-chart]`)).toHaveAttribute('data-state', shown);
}

/** Scrolls a step (by id, or the first showing a state) to the reading line; its state. */
export function scrollToStep(page: Page, section: string, state: string): Promise<string> {
	return page.evaluate(
		([id, wanted]: string[]) => {
			const step =
				document.getElementById(wanted ?? '') ??
				document.querySelector<HTMLElement>(`#${id} li[data-state="${wanted}"]`);
			if (!step) throw new Error(`no step of ${id} shows ${wanted}`);
			bringToLine(step);
			return step.dataset.state ?? '';

			function bringToLine(el: HTMLElement) {
				const list = el.closest('[data-steps]') as HTMLElement;
				const figure = list.parentElement?.querySelector('figure[data-chart]') as HTMLElement;
				// Twice: the first scroll may stick the chart, which moves the line.
				for (let i = 0; i < 2; i++) {
					const f = figure.getBoundingClientRect();
					const l = list.getBoundingClientRect();
					const stacked = f.left < l.right && l.left < f.right;
					const below = Math.min(Math.max(f.bottom, 0), innerHeight);
					const line = stacked ? below + (innerHeight - below) / 2 : innerHeight * 0.6;
					window.scrollBy(0, el.getBoundingClientRect().top - line + 2);
				}
			}
		},
		[section, state]
	);
}

/**
 * Serves the page's own scripts empty: the page as it is before its script runs (scripts load
 * after the HTML), without the reading layout a browser with script turned off gets.
 */
export async function beforeScripts(page: Page): Promise<void> {
	await page.route('**/_app/immutable/workers/*.js', (route) =>
		route.fulfill({ contentType: 'text/javascript', body: '' })
	);
}

/** Elements in the story that stick to the screen, among those drawn. */
export function stickyCount(page: Page): Promise<number> {
	return page
		.locator('main *')
		.evaluateAll(
			(els) =>
				els.filter(
					(el) => el.getClientRects().length > 0 && getComputedStyle(el).position === 'sticky'
				).length
		);
}

/** Every step of a chart section, in order, with the state it shows. */
export async function stepsOf(page: Page, section: string) {
	return page.locator(`#${section} li[data-step]`).evaluateAll((els) =>
		els.map((el) => ({
			id: el.getAttribute('data-step') ?? '',
			state: el.getAttribute('data-state') ?? ''
		}))
	);
}
