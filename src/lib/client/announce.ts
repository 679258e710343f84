/**
 * Says what a chart now shows, politely, when a step becomes the one being read: the text
 * alternative of its state (the step picture's `alt`). Only once the reader has stayed on a step,
 * so flinging past several steps says nothing, and never the same thing twice in a row.
 */

const SETTLE_MS = 700;

export function announcer(region: HTMLElement | null): (text: string) => void {
	let timer = 0;
	let last = '';
	return (text: string) => {
		clearTimeout(timer);
		if (!region || !text) return;
		timer = window.setTimeout(() => {
			if (text === last) return;
			last = text;
			region.textContent = text;
		}, SETTLE_MS);
	};
}
