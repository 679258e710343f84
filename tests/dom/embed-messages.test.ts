/**
 * Both ends of the embed messaging accept only our message shapes, from our frames. The browser
 * test (tests/e2e/embed.spec.ts) proves the host page's own message is ignored; these cover the
 * rest: a frame of our origin that is not one of the loader's, another origin in our frame, and
 * every malformed shape, on the loader's side (static/embed.js); and on the embed page's side
 * (startPymChild), messages from anything but the parent, from another origin than the parent's,
 * or not a width message for this frame.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pymMessage, startPymChild } from '../../src/lib/client/pym-child';
import { followHostTheme, themeOf } from '../../src/lib/client/theme';

const OURS = 'https://graphics.example';
const HOST = 'https://news.example';

function post(data: unknown, origin: string, source: Window | null) {
	window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

describe('the loader, static/embed.js', () => {
	beforeAll(() => {
		const script = document.createElement('script');
		script.src = `${OURS}/embed.js`;
		Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
		// The loader is a classic script; run it as the page would, once.
		new Function(readFileSync('static/embed.js', 'utf8'))();
		Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
	});

	afterEach(() => {
		document.body.replaceChildren();
	});

	function frame(ours: boolean): HTMLIFrameElement {
		const element = document.createElement('iframe');
		if (ours) element.setAttribute('data-micron-embed', '');
		element.setAttribute('height', '2000');
		document.body.append(element);
		return element;
	}

	it('applies a height message from our origin and from one of its frames', () => {
		const ours = frame(true);
		post(pymMessage('', 'height', '640'), OURS, ours.contentWindow);
		expect(ours.getAttribute('height')).toBe('640');
		expect(ours.style.height).toBe('640px');
	});

	it('ignores the same message from another origin, even in our frame', () => {
		const ours = frame(true);
		post(pymMessage('', 'height', '640'), HOST, ours.contentWindow);
		expect(ours.getAttribute('height')).toBe('2000');
	});

	it('ignores our origin speaking from a frame that is not one of ours', () => {
		const ours = frame(true);
		const other = frame(false);
		post(pymMessage('', 'height', '640'), OURS, other.contentWindow);
		post(pymMessage('', 'height', '640'), OURS, null);
		post(pymMessage('', 'height', '640'), OURS, window);
		expect(ours.getAttribute('height')).toBe('2000');
		expect(other.getAttribute('height')).toBe('2000');
	});

	it('applies a height from another alias of our site (www or bare) when the frame is there', () => {
		// The host page loads the script from one name of our site and the frame from another.
		const alias = frame(true);
		alias.src = 'https://www.graphics.example/embed/timeline/';
		post(pymMessage('', 'height', '640'), 'https://www.graphics.example', alias.contentWindow);
		expect(alias.getAttribute('height')).toBe('640');
		// Only from the origin the frame was given: not from wherever it has been sent since.
		post(pymMessage('', 'height', '700'), HOST, alias.contentWindow);
		expect(alias.getAttribute('height')).toBe('640');
	});

	it('a frame without an address of its own hears only our origin', () => {
		const blank = frame(true);
		post(pymMessage('', 'height', '640'), window.location.origin, blank.contentWindow);
		expect(blank.getAttribute('height')).toBe('2000');
	});

	it('passes data-theme to the frame, and its removal as the frame’s own theme', async () => {
		const themed = frame(true);
		const sent = vi.spyOn(themed.contentWindow as Window, 'postMessage');
		themed.setAttribute('data-theme', 'dark');
		await vi.waitFor(() =>
			expect(sent).toHaveBeenCalledWith({ type: 'micron-embed-theme', theme: 'dark' }, '*')
		);
		sent.mockClear();
		themed.removeAttribute('data-theme');
		await vi.waitFor(() =>
			expect(sent).toHaveBeenCalledWith({ type: 'micron-embed-theme', theme: 'auto' }, '*')
		);
	});

	it('ignores every other shape, from our frame and origin', () => {
		const ours = frame(true);
		for (const data of [
			pymMessage('', 'width', '640'),
			pymMessage('', 'height', '123456'),
			pymMessage('', 'height', '640px'),
			pymMessage('', 'height', '-640'),
			`${pymMessage('', 'height', '640')}; evil`,
			`x${pymMessage('', 'height', '640')}`,
			pymMessage('a b', 'height', '640'),
			{ height: 640 },
			640,
			null
		]) {
			post(data, OURS, ours.contentWindow);
		}
		expect(ours.getAttribute('height')).toBe('2000');
		expect(ours.style.height).toBe('');
	});
});

describe('the embed page, startPymChild', () => {
	const parent = { postMessage: vi.fn() };
	const stranger = { postMessage: vi.fn() };
	let frames: FrameRequestCallback[] = [];

	/** A frame's window: its parent, its query string, and animation frames run by hand. */
	type Receive = (data: unknown, origin: string, source: unknown) => void;
	function childWindow(search: string): { win: Window; receive: Receive } {
		const target = new EventTarget();
		const win = Object.assign(target, {
			parent,
			location: { search },
			document,
			requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
			cancelAnimationFrame: () => {}
		}) as unknown as Window;
		const receive: Receive = (data, origin, source) => {
			const event = new MessageEvent('message', { data, origin });
			Object.defineProperty(event, 'source', { value: source });
			target.dispatchEvent(event);
		};
		return { win, receive };
	}

	const runFrames = () => {
		const due = frames;
		frames = [];
		for (const callback of due) callback(0);
	};

	beforeAll(() => {
		vi.stubGlobal(
			'ResizeObserver',
			class {
				observe() {}
				disconnect() {}
			}
		);
	});

	afterEach(() => {
		parent.postMessage.mockClear();
		frames = [];
	});

	it('sends its height to the parent origin named in the URL, and answers its width messages', () => {
		const { win, receive } = childWindow(
			`?childId=chart-1&parentUrl=${encodeURIComponent(`${HOST}/a`)}`
		);
		const stop = startPymChild(win);
		expect(parent.postMessage).toHaveBeenCalledWith(pymMessage('chart-1', 'height', '0'), HOST);
		parent.postMessage.mockClear();

		receive(pymMessage('chart-1', 'width', '600'), HOST, parent);
		runFrames();
		// The pym.js height, and the same height in the shape AMP's <amp-iframe resizable> reads.
		expect(parent.postMessage.mock.calls).toEqual([
			[pymMessage('chart-1', 'height', '0'), HOST],
			[{ sentinel: 'amp', type: 'embed-size', height: 0 }, HOST]
		]);
		stop();
	});

	it('ignores messages from anything but its parent, from another origin, or of another shape', () => {
		const { win, receive } = childWindow(
			`?childId=chart-1&parentUrl=${encodeURIComponent(`${HOST}/a`)}`
		);
		const stop = startPymChild(win);
		parent.postMessage.mockClear();

		receive(pymMessage('chart-1', 'width', '600'), HOST, stranger);
		receive(pymMessage('chart-1', 'width', '600'), 'https://evil.example', parent);
		receive(pymMessage('chart-2', 'width', '600'), HOST, parent);
		receive(pymMessage('chart-1', 'height', '600'), HOST, parent);
		receive(`${pymMessage('chart-1', 'width', '600')}!`, HOST, parent);
		receive({ width: 600 }, HOST, parent);
		runFrames();
		expect(parent.postMessage).not.toHaveBeenCalled();

		stop();
		receive(pymMessage('chart-1', 'width', '600'), HOST, parent);
		runFrames();
		expect(parent.postMessage).not.toHaveBeenCalled();
	});

	it('without a parent URL it still answers only its parent, for its own id', () => {
		const { win, receive } = childWindow('');
		const stop = startPymChild(win);
		expect(parent.postMessage).toHaveBeenCalledWith(pymMessage('', 'height', '0'), '*');
		parent.postMessage.mockClear();
		receive(pymMessage('', 'width', '600'), 'https://anyone.example', stranger);
		receive(pymMessage('chart-1', 'width', '600'), OURS, parent);
		runFrames();
		expect(parent.postMessage).not.toHaveBeenCalled();
		receive(pymMessage('', 'width', '600'), OURS, parent);
		runFrames();
		expect(parent.postMessage).toHaveBeenCalledTimes(2);
		stop();
	});

	it('does nothing outside a frame', () => {
		const { win } = childWindow('');
		Object.assign(win, { parent: win });
		startPymChild(win)();
		expect(parent.postMessage).not.toHaveBeenCalled();
	});
});

describe('the host page’s theme, on the embed page’s side', () => {
	it('reads only our message shape, with a known theme or none for the reader’s own', () => {
		expect(themeOf({ type: 'micron-embed-theme', theme: 'dark' })).toBe('dark');
		expect(themeOf({ type: 'micron-embed-theme', theme: 'auto' })).toBeNull();
		expect(themeOf({ type: 'other', theme: 'dark' })).toBeUndefined();
		expect(themeOf('micron-embed-theme')).toBeUndefined();
	});

	it('follows its parent’s message at once, and no one else’s', () => {
		const parentWindow = {} as Window;
		const listeners: ((event: MessageEvent) => void)[] = [];
		const win = {
			parent: parentWindow,
			document,
			addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
			removeEventListener: () => {}
		} as unknown as Window;
		followHostTheme(win);
		const send = (source: unknown, theme: string) =>
			listeners.forEach((fn) =>
				fn({ source, data: { type: 'micron-embed-theme', theme } } as unknown as MessageEvent)
			);
		send({}, 'dark');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		send(parentWindow, 'dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		send(parentWindow, 'auto');
		expect(document.documentElement.dataset.theme).toBeUndefined();
	});

	it('returns to its own theme (?theme= in its address) when the host stops choosing', () => {
		const parentWindow = {} as Window;
		const listeners: ((event: MessageEvent) => void)[] = [];
		const win = {
			parent: parentWindow,
			document,
			addEventListener: (_: string, fn: (event: MessageEvent) => void) => listeners.push(fn),
			removeEventListener: () => {}
		} as unknown as Window;
		// As /embed-theme.js leaves it for ?theme=light, before the page's script runs.
		document.documentElement.dataset.theme = 'light';
		followHostTheme(win);
		const send = (theme: string) =>
			listeners.forEach((fn) =>
				fn({
					source: parentWindow,
					data: { type: 'micron-embed-theme', theme }
				} as unknown as MessageEvent)
			);
		send('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		send('auto');
		expect(document.documentElement.dataset.theme).toBe('light');
		delete document.documentElement.dataset.theme;
	});
});
