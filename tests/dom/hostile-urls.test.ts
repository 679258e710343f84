/**
 * The reader's script survives whatever it reads from outside (issue 23): a malformed `%` in the
 * story's hash, a query string no one meant, and a sessionStorage that is full or blocked. Each
 * is handled where it is read, so everything else still starts. (tests/e2e/hostile-urls.spec.ts
 * shows the same in Chromium: no page error, and the story still tracks, shares and copies.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startReadingMode } from '../../src/lib/client/reading-mode';
import { startStepper } from '../../src/lib/client/stepper';
import { startStory } from '../../src/lib/client/steps';

const STORY = `
	<p><button type="button" data-reading-mode aria-pressed="false">Read without scroll effects</button></p>
	<main>
		<section id="timeline">
			<div>
				<figure data-chart="timeline" data-state="overview"></figure>
				<ol data-steps>
					<li id="timeline-overview" data-step data-state="overview">One</li>
					<li id="timeline-ban" data-step data-state="ban">Two</li>
				</ol>
			</div>
		</section>
	</main>`;

let stops: (() => void)[] = [];
/** The next animation frame: the story reads the page in its first, not while it loads. */
const nextFrame = () => new Promise<void>((done) => requestAnimationFrame(() => done()));
beforeEach(() => {
	document.body.innerHTML = STORY;
	delete document.documentElement.dataset.readingMode;
	Element.prototype.scrollIntoView = vi.fn();
});
afterEach(() => {
	for (const stop of stops) stop();
	stops = [];
	vi.restoreAllMocks();
	history.replaceState(null, '', '/');
});

describe('the story under a hostile hash', () => {
	it.each(['#%', '#%zz', '#%E0%A4%A', '#timeline-%', '#%00', `#${'%'.repeat(500)}`])(
		'%s: starts, tracks its chart, and lands on nothing',
		async (hash) => {
			history.replaceState(null, '', `/${hash}`);
			expect(window.location.hash).toBe(hash);
			expect(() => stops.push(startStory(window))).not.toThrow();
			await nextFrame();
			// Tracking ran: a step is the current one (jsdom lays nothing out, so which is moot).
			expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
			expect(Element.prototype.scrollIntoView).not.toHaveBeenCalled();
		}
	);

	it('still lands on a linked step, its id encoded or not', async () => {
		for (const hash of ['#timeline-ban', '#timeline%2Dban']) {
			history.replaceState(null, '', `/${hash}`);
			stops.push(startStory(window));
			await nextFrame();
			expect(Element.prototype.scrollIntoView).toHaveBeenLastCalledWith({
				block: 'start',
				behavior: 'instant'
			});
		}
		expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(2);
	});
});

describe('reading mode when storage throws', () => {
	const button = () =>
		document.querySelector<HTMLButtonElement>('button[data-reading-mode]') as HTMLButtonElement;
	/** Errors a click handler threw: jsdom reports them on the window, not to the caller. */
	function thrown(run: () => void): unknown[] {
		const errors: unknown[] = [];
		const record = (event: ErrorEvent) => {
			errors.push(event.error);
			event.preventDefault();
		};
		window.addEventListener('error', record);
		try {
			run();
		} finally {
			window.removeEventListener('error', record);
		}
		return errors;
	}

	it('a full sessionStorage: the button still switches, both ways', () => {
		vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		stops.push(startReadingMode(window));
		expect(thrown(() => button().click())).toEqual([]);
		expect(document.documentElement.dataset.readingMode).toBe('stacked');
		expect(button().getAttribute('aria-pressed')).toBe('true');
		expect(thrown(() => button().click())).toEqual([]);
		expect(document.documentElement.dataset.readingMode).toBe('scroll');
	});

	it('a storage that refuses to be read: the page starts in scroll mode and the button works', () => {
		vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
			throw new DOMException('Access is denied.', 'SecurityError');
		});
		expect(() => stops.push(startReadingMode(window))).not.toThrow();
		expect(document.documentElement.dataset.readingMode).toBe('scroll');
		expect(thrown(() => button().click())).toEqual([]);
		expect(document.documentElement.dataset.readingMode).toBe('stacked');
	});
});

describe('an embed under a hostile query string', () => {
	it.each(['?state=%', '?state=%zz', '?state=%E0%A4%A', '?%=%&&==&state', '?state=a%00b'])(
		'%s: the stepper starts on the first view',
		(search) => {
			document.body.innerHTML = `<figure data-chart="timeline" data-state="overview"></figure>
				<div data-stepper><button data-state-to="overview" aria-pressed="true">1</button></div>`;
			expect(() => stops.push(startStepper(document, search))).not.toThrow();
			expect(document.querySelector('figure')?.getAttribute('data-state')).toBe('overview');
		}
	);
});

describe('the story as the page is read in', () => {
	it('measures nothing until the first frame, so it forces no layout while the page loads', async () => {
		const rects = vi.spyOn(Element.prototype, 'getBoundingClientRect');
		const styles = vi.spyOn(window, 'getComputedStyle');
		stops.push(startStory(window));
		expect(rects).not.toHaveBeenCalled();
		expect(styles).not.toHaveBeenCalled();
		await nextFrame();
		expect(rects).toHaveBeenCalled();
		expect(document.querySelectorAll('[aria-current="step"]')).toHaveLength(1);
	});
});
