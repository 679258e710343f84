/**
 * Reading without scroll effects: the button near the top of the story sets `data-reading-mode`
 * on the root ("scroll" or "stacked"; CSS in app.css does the rest), remembers the choice for the
 * visit, and keeps the reader's place when the page reflows. Before printing, the step pictures
 * load at once, so paper shows them all.
 */

const KEY = 'micron-reading-mode';

/**
 * The visit's storage, where the browser allows it: reading it throws in a sandboxed frame or
 * with storage blocked, writing it when it is full. The choice then lasts only for the page.
 */
function remember(win: Window, value?: string): string | null {
	try {
		if (value) win.sessionStorage.setItem(KEY, value);
		return win.sessionStorage.getItem(KEY);
	} catch {
		return null;
	}
}

export function startReadingMode(win: Window): () => void {
	const doc = win.document;
	const root = doc.documentElement;
	const button = doc.querySelector<HTMLButtonElement>('button[data-reading-mode]');
	const set = (stacked: boolean) => {
		root.dataset.readingMode = stacked ? 'stacked' : 'scroll';
		button?.setAttribute('aria-pressed', String(stacked));
	};
	set(remember(win) === 'stacked');

	const onClick = () => {
		// The step or section being read stays in view across the change of layout.
		const anchor = win.location.hash ? doc.getElementById(win.location.hash.slice(1)) : null;
		const stacked = root.dataset.readingMode !== 'stacked';
		set(stacked);
		remember(win, stacked ? 'stacked' : 'scroll');
		anchor?.scrollIntoView({ block: 'start', behavior: 'instant' });
	};
	// Only the pictures paper shows (the narrow layout, StepPicture): the wide ones would load
	// for nothing, and be cut off mid-load when the print is made.
	const onBeforePrint = () => {
		for (const img of doc.querySelectorAll<HTMLImageElement>('img.step-picture[loading="lazy"]')) {
			img.loading = 'eager';
		}
	};
	button?.addEventListener('click', onClick);
	win.addEventListener('beforeprint', onBeforePrint);
	return () => {
		button?.removeEventListener('click', onClick);
		win.removeEventListener('beforeprint', onBeforePrint);
	};
}

/** Whether the page reads without scroll effects now. */
export const isStacked = (doc: Document) => doc.documentElement.dataset.readingMode === 'stacked';
