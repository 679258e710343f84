import { createRawSnippet, flushSync, mount, unmount } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Scroller from '../../src/lib/story/Scroller.svelte';

/*
 * jsdom has no layout and no IntersectionObserver, so the page is simulated: each step has a
 * top in page pixels, `scrollY` moves them all, getBoundingClientRect reports `pageTop - scrollY`,
 * animation frames run only when `runFrame()` says so, and the observer is a stub whose entries
 * the test delivers by hand. `active` is bound the way `bind:active` compiles: a getter and a
 * setter on the props.
 */

const IDS = ['intro', 'ban', 'response', 'aftermath'];
// `response` is 2500px tall: taller than the 1000px viewport.
const PAGE_TOPS: Record<string, number> = { intro: 0, ban: 1000, response: 2000, aftermath: 4500 };

let pageTops: Record<string, number>;
let scrollY: number;
let frames: Map<number, FrameRequestCallback>;
let nextFrame: number;
let mounted: ReturnType<typeof mount> | undefined;
let active: string | undefined;

class FakeIntersectionObserver {
	static instances: FakeIntersectionObserver[] = [];
	readonly observe = vi.fn();
	readonly unobserve = vi.fn();
	readonly disconnect = vi.fn();
	readonly takeRecords = vi.fn(() => []);
	constructor(
		readonly callback: IntersectionObserverCallback,
		readonly options: IntersectionObserverInit = {}
	) {
		FakeIntersectionObserver.instances.push(this);
	}

	/** Delivers one entry per step, with its current position, computed at `time`. */
	deliver(steps: Element[], time = performance.now()) {
		const entries = steps.map((target) => ({
			target,
			time,
			boundingClientRect: target.getBoundingClientRect(),
			isIntersecting: true
		}));
		this.callback(entries as unknown as IntersectionObserverEntry[], this as never);
		flushSync();
	}
}

function topOf(element: Element): number {
	const id = (element as HTMLElement).dataset.step ?? '';
	return (pageTops[id] ?? 0) - scrollY;
}

function runFrame() {
	const pending = [...frames.values()];
	frames.clear();
	for (const callback of pending) callback(performance.now());
	flushSync();
}

/** A scroll to `y` the way a browser reports it: one event, handled on the next frame. */
function scrollTo(y: number) {
	scrollY = y;
	window.dispatchEvent(new Event('scroll'));
	runFrame();
}

function observer(): FakeIntersectionObserver {
	const last = FakeIntersectionObserver.instances.at(-1);
	if (!last) throw new Error('no IntersectionObserver was created');
	return last;
}

function step(id: string): HTMLElement {
	const element = document.querySelector<HTMLElement>(`[data-step="${id}"]`);
	if (!element) throw new Error(`no step ${id}`);
	return element;
}

function stepsHtml(ids: readonly string[]): string {
	return ids.map((id) => `<section data-step="${id}">${id}</section>`).join('');
}

function setup(props: { threshold?: number } = {}) {
	const onchange = vi.fn<(id: string) => void>();
	const children = createRawSnippet(() => ({ render: () => `<div>${stepsHtml(IDS)}</div>` }));
	const app = mount(Scroller, {
		target: document.body,
		props: {
			get active() {
				return active;
			},
			set active(id) {
				active = id;
			},
			onchange,
			children,
			...props
		}
	});
	flushSync();
	mounted = app;
	return { app, onchange };
}

beforeEach(() => {
	pageTops = { ...PAGE_TOPS };
	scrollY = 0;
	frames = new Map();
	nextFrame = 0;
	active = undefined;
	FakeIntersectionObserver.instances = [];
	vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver);
	vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
		frames.set(++nextFrame, callback);
		return nextFrame;
	});
	vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
	Object.defineProperty(window, 'innerHeight', { configurable: true, value: 1000 });
	vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
		this: HTMLElement
	) {
		const top = topOf(this);
		return {
			top,
			bottom: top + 100,
			left: 0,
			right: 0,
			width: 0,
			height: 100,
			x: 0,
			y: top
		} as DOMRect;
	});
});

afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = undefined;
	document.body.replaceChildren();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('Scroller', () => {
	it('starts on the first step without reporting a change, and renders steps plainly', () => {
		const { onchange } = setup();
		expect(active).toBe('intro');
		expect(onchange).not.toHaveBeenCalled();
		expect(document.querySelectorAll('[data-step]')).toHaveLength(4);
		expect(document.querySelector('style')).toBeNull();
	});

	it('observes every step through a thin line at 60% of the viewport', () => {
		setup();
		expect(FakeIntersectionObserver.instances).toHaveLength(1);
		expect(observer().options.rootMargin).toBe('-60% 0px -40% 0px');
		expect(observer().observe.mock.calls.map(([el]) => (el as HTMLElement).dataset.step)).toEqual(
			IDS
		);
	});

	it('moves to the step whose top crossed the line, with one onchange call', () => {
		const { onchange } = setup();
		scrollTo(399); // ban's top at 601: not yet
		expect(active).toBe('intro');
		scrollTo(400); // ban's top exactly on the line
		expect(active).toBe('ban');
		expect(onchange.mock.calls).toEqual([['ban']]);
	});

	it('throttles scroll handling to one read per animation frame', () => {
		setup();
		const reads = vi.mocked(HTMLElement.prototype.getBoundingClientRect);
		reads.mockClear();
		for (const y of [100, 300, 500]) {
			scrollY = y;
			window.dispatchEvent(new Event('scroll'));
		}
		expect(frames.size).toBe(1);
		runFrame();
		expect(reads).toHaveBeenCalledTimes(IDS.length);
		expect(active).toBe('ban');
	});

	it('lands on the right step after jumps, without replaying the steps in between', () => {
		const { onchange } = setup();
		scrollTo(3000); // inside the tall step: its top is 1000px above the viewport
		expect(active).toBe('response');
		scrollTo(4000);
		expect(active).toBe('aftermath');
		scrollTo(0);
		expect(active).toBe('intro');
		expect(onchange.mock.calls).toEqual([['response'], ['aftermath'], ['intro']]);
	});

	it('opens on the step in view when the page loads part-way down', () => {
		scrollY = 2500;
		const { onchange } = setup();
		expect(active).toBe('response');
		expect(onchange.mock.calls).toEqual([['response']]);
	});

	it('follows a line crossing reported by the observer, with no scrolling', () => {
		const { onchange } = setup();
		pageTops.ban = 550; // content above it shrank
		observer().deliver([step('ban')]);
		expect(frames.size).toBe(1); // news from the observer schedules one read
		runFrame();
		expect(active).toBe('ban');
		expect(onchange.mock.calls).toEqual([['ban']]);
	});

	it('goes straight to the right step when a step jumps the line unreported', () => {
		const { onchange } = setup();
		scrollTo(1500); // tops -1500, -500, 500: response
		expect(active).toBe('response');
		// The intro grows by 1200px. `ban` (1000px tall) goes from wholly above the line to
		// wholly below it without touching it, so, as in Chromium, only the intro and `response`
		// get entries. A decision from entries alone would pass through a stale `ban`.
		for (const id of ['ban', 'response', 'aftermath']) pageTops[id] = (pageTops[id] ?? 0) + 1200;
		observer().deliver([step('intro'), step('response')]);
		runFrame();
		expect(active).toBe('intro');
		expect(onchange.mock.calls).toEqual([['response'], ['intro']]);
	});

	it('ignores observer entries older than the last read', () => {
		setup();
		const before = performance.now() - 1;
		scrollTo(500);
		observer().deliver([step('ban')], before);
		expect(frames.size).toBe(0);
		observer().deliver([step('ban')]);
		expect(frames.size).toBe(1);
	});

	it('moves the line when the viewport height changes', () => {
		setup();
		scrollTo(500);
		expect(active).toBe('ban'); // ban's top 500 is above the line at 600
		Object.defineProperty(window, 'innerHeight', { configurable: true, value: 700 });
		window.dispatchEvent(new Event('resize'));
		runFrame();
		expect(active).toBe('intro'); // the line is now at 420
		expect(FakeIntersectionObserver.instances).toHaveLength(1); // no rebuild on resize
	});

	it('puts the line where `threshold` says', () => {
		setup({ threshold: 0.25 });
		expect(observer().options.rootMargin).toBe('-25% 0px -75% 0px');
		scrollTo(751);
		expect(active).toBe('ban');
		scrollTo(749);
		expect(active).toBe('intro');
	});

	it('observes new steps and forgets removed ones', async () => {
		setup();
		const intro = step('intro');
		pageTops.coda = 6000;
		intro.remove();
		step('aftermath').insertAdjacentHTML('afterend', stepsHtml(['coda']));
		await Promise.resolve(); // MutationObserver callbacks run as microtasks
		expect(observer().unobserve).toHaveBeenCalledWith(intro);
		expect(observer().observe).toHaveBeenCalledWith(step('coda'));
		runFrame();
		expect(active).toBe('ban'); // the first remaining step
		scrollTo(5500);
		expect(active).toBe('coda');
	});

	it('disconnects the observer and removes its listeners when destroyed', () => {
		const added = vi.spyOn(window, 'addEventListener');
		const removed = vi.spyOn(window, 'removeEventListener');
		const { app, onchange } = setup();
		const onScroll = added.mock.calls.find(([type]) => type === 'scroll')?.[1];
		const onResize = added.mock.calls.find(([type]) => type === 'resize')?.[1];
		expect(onScroll).toBeTypeOf('function');
		unmount(app);
		mounted = undefined;
		flushSync();
		expect(observer().disconnect).toHaveBeenCalledTimes(1);
		expect(removed).toHaveBeenCalledWith('scroll', onScroll, { capture: true });
		expect(removed).toHaveBeenCalledWith('resize', onResize);
		scrollTo(3000);
		expect(frames.size).toBe(0);
		expect(onchange).not.toHaveBeenCalled();
	});
});
