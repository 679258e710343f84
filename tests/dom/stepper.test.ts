/** The embed page's stepper and `?state=`, and the copy buttons, on a page built like ours. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enableCopy } from '../../src/lib/client/copy';
import { startStepper } from '../../src/lib/client/stepper';

const PAGE = `
	<figure data-chart="timeline" data-state="overview"></figure>
	<div data-stepper>
		<button data-state-to="overview" aria-pressed="true">1</button>
		<button data-state-to="review" aria-pressed="false">2</button>
		<button data-state-to="responses" aria-pressed="false">3</button>
	</div>
	<textarea id="code">&lt;iframe&gt;</textarea>
	<div><button data-copy="#code" data-done="Copied." data-fallback="Select and copy." hidden>Copy code</button><span role="status"></span></div>`;

const figure = () => document.querySelector<HTMLElement>('figure') as HTMLElement;
const button = (state: string) =>
	document.querySelector<HTMLButtonElement>(`[data-state-to="${state}"]`) as HTMLButtonElement;
const pressed = () =>
	[...document.querySelectorAll('[aria-pressed="true"]')].map((b) =>
		b.getAttribute('data-state-to')
	);

let stop: () => void = () => {};
beforeEach(() => {
	document.body.innerHTML = PAGE;
});
afterEach(() => stop());

describe('the stepper', () => {
	it('opens on the state ?state= names, and ignores one the chart does not have', () => {
		stop = startStepper(document, '?state=review&theme=dark');
		expect(figure().dataset.state).toBe('review');
		expect(pressed()).toEqual(['review']);
		stop();
		document.body.innerHTML = PAGE;
		stop = startStepper(document, '?state=market');
		expect(figure().dataset.state).toBe('overview');
	});

	it('switches state on a click, and with the arrow keys, wrapping round', () => {
		stop = startStepper(document, '');
		button('responses').click();
		expect(figure().dataset.state).toBe('responses');
		expect(pressed()).toEqual(['responses']);
		button('responses').dispatchEvent(
			new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })
		);
		expect(figure().dataset.state).toBe('overview');
		expect(document.activeElement).toBe(button('overview'));
		button('overview').dispatchEvent(
			new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true })
		);
		expect(figure().dataset.state).toBe('responses');
	});
});

describe('copy buttons', () => {
	it('are shown by the script, copy their field and say so', async () => {
		const writeText = vi.fn(() => Promise.resolve());
		Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
		stop = enableCopy(document);
		const copy = document.querySelector<HTMLButtonElement>('[data-copy]') as HTMLButtonElement;
		expect(copy.hidden).toBe(false);
		copy.click();
		await vi.waitFor(() =>
			expect(document.querySelector('[role="status"]')?.textContent).toBe('Copied.')
		);
		expect(writeText).toHaveBeenCalledWith('<iframe>');
	});
});
