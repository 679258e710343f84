/**
 * The child side of the pym.js v1 protocol, small enough to write rather than ship pym.js
 * (about 12 kB). An embed page tells its parent its height on load, on resize, whenever its
 * content changes size, and when the parent announces a new width. Messages look like
 * `pymxPYMx<id>xPYMx<type>xPYMx<message>`; hosts that use pym.js or our /embed.js need nothing else.
 */

const SEPARATOR = 'xPYMx';

export interface PymSettings {
	/** The id the parent gave the frame (`childId` in the URL); empty for our loader's frames. */
	id: string;
	/** Where height messages may go: the parent's origin when the URL names it, else any. */
	targetOrigin: string;
}

/** Reads `childId` and `parentUrl` from the embed page's query string, as pym's parent sets them. */
export function pymSettings(search: string): PymSettings {
	const params = new URLSearchParams(search);
	const id = params.get('childId') ?? '';
	let targetOrigin = '*';
	const parentUrl = params.get('parentUrl');
	if (parentUrl) {
		try {
			const url = new URL(parentUrl);
			if (url.protocol === 'http:' || url.protocol === 'https:') targetOrigin = url.origin;
		} catch {
			// An unreadable parentUrl leaves the target open, as pym.js itself does.
		}
	}
	return { id: /^[\w-]{0,100}$/.test(id) ? id : '', targetOrigin };
}

/** `pymxPYMx<id>xPYMx<type>xPYMx<message>` */
export function pymMessage(id: string, type: string, message: string): string {
	return ['pym', id, type, message].join(SEPARATOR);
}

/** The width a parent announced, if `data` is exactly a pym width message for this frame. */
export function parseWidthMessage(data: unknown, id: string): number | null {
	if (typeof data !== 'string' || data.length > 200) return null;
	const match = /^pymxPYMx([\w-]*)xPYMxwidthxPYMx(\d{1,5})$/.exec(data);
	return match && match[1] === id ? Number(match[2]) : null;
}

/**
 * Starts reporting the page's height to its parent. Returns a function that stops it.
 * Does nothing outside a frame.
 */
export function startPymChild(win: Window = window): () => void {
	if (win.parent === win) return () => {};
	const { id, targetOrigin } = pymSettings(win.location.search);
	const root = win.document.documentElement;
	let last = -1;
	let frame = 0;

	const send = () => {
		frame = 0;
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last) return;
		last = height;
		win.parent.postMessage(pymMessage(id, 'height', String(height)), targetOrigin);
		// AMP's <amp-iframe resizable> listens for this shape instead.
		win.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, targetOrigin);
	};
	const schedule = () => {
		if (!frame) frame = win.requestAnimationFrame(send);
	};
	const onMessage = (event: MessageEvent) => {
		if (event.source !== win.parent) return;
		if (targetOrigin !== '*' && event.origin !== targetOrigin) return;
		if (parseWidthMessage(event.data, id) === null) return;
		// A parent that asks sizes the frame: only now may the page stop scrolling itself.
		root.setAttribute('data-sized', '');
		last = -1; // a parent asking means it wants an answer, even an unchanged one
		schedule();
	};

	const observer = new ResizeObserver(schedule);
	observer.observe(root);
	win.addEventListener('resize', schedule);
	win.addEventListener('message', onMessage);
	send();
	return () => {
		observer.disconnect();
		win.removeEventListener('resize', schedule);
		win.removeEventListener('message', onMessage);
		win.cancelAnimationFrame(frame);
	};
}
