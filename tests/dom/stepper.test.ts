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

describe('?state= the chart does not have', () => {
	const NOTE = `<p data-unknown-state hidden>No view called “<span data-requested></span>”; the first instead.</p>`;
	const note = () => document.querySelector<HTMLElement>('[data-unknown-state]') as HTMLElement;

	it.each([
		['?state=REVIEW', 'review'],
		['?state=Review', 'review'],
		['?state=review%20', 'review'],
		['?state=+review+', 'review'],
		['?state=%20RESPONSES%09', 'responses']
	])('%s is matched forgivingly, as %s, and nothing is said', (search, expected) => {
		document.body.innerHTML = PAGE + NOTE;
		stop = startStepper(document, search);
		expect(figure().dataset.state).toBe(expected);
		expect(pressed()).toEqual([expected]);
		expect(note().hidden).toBe(true);
	});

	it('an unknown one is said in words, with what was asked for as text, and the first view shown', () => {
		document.body.innerHTML = PAGE + NOTE;
		stop = startStepper(document, `?state=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
		expect(figure().dataset.state).toBe('overview');
		expect(note().hidden).toBe(false);
		expect(note().querySelector('[data-requested]')?.textContent).toBe(
			'<img src=x onerror=alert(1)>'
		);
		expect(note().querySelector('img')).toBeNull();
	});

	it('no ?state=, or an empty one, says nothing', () => {
		for (const search of ['', '?state=', '?state=%20', '?theme=dark']) {
			document.body.innerHTML = PAGE + NOTE;
			stop = startStepper(document, search);
			expect(note().hidden, search).toBe(true);
			stop();
		}
	});

	it('a very long one is shown cut short', () => {
		document.body.innerHTML = PAGE + NOTE;
		stop = startStepper(document, `?state=${'x'.repeat(5000)}`);
		expect(note().querySelector('[data-requested]')?.textContent).toHaveLength(80);
	});
});
