/**
 * What native popovers cannot do alone: open a mark's details when a mouse rests on it (taps,
 * clicks and keys already work through `popovertarget`), open the details a shape names in
 * `data-details` (a country on the map) when it is clicked, and place every panel beside what
 * opened it (placement.ts), as it opens and while the page scrolls. Delegated listeners on the
 * document, a handful for every chart. Without script, CSS anchors the panels where it can.
 */
import { placement, type Box } from './placement.ts';

const HOVER_DELAY = 120;
/** Half the side of the box a tap on a shape stands for: about a fingertip. */
const TAP = 16;

/** What opens a panel: a mark, or a shape and where in its box it was tapped. */
type Source = [Element, [x: number, y: number]?];

const popoverOf = (doc: Document, invoker: Element) =>
	doc.getElementById(invoker.getAttribute('popovertarget') ?? '');

/** Listens for as long as the page lives: nothing removes these listeners. */
export function enhancePopovers(doc: Document): void {
	const from = placePanels(doc);
	hoverPanels(doc, from);
	openShapes(doc, from);
}

/**
 * Places each panel that opens beside its source (named by `from` just before it opens),
 * measured at its natural size once shown and placed before it is drawn; again as the page
 * scrolls. Closed, it goes back to where CSS puts it.
 */
function placePanels(doc: Document): (source: Source) => void {
	const win = doc.defaultView as Window;
	let source: Source | null = null;
	let open: [HTMLElement, number, number] | null = null;

	const place = () => {
		if (!open || !source) return;
		const [panel, w, h] = open;
		const [el, at] = source;
		let box: Box = el.getBoundingClientRect();
		if (at) {
			const [x, y] = [box.left + at[0], box.top + at[1]];
			box = { left: x - TAP, top: y - TAP, right: x + TAP, bottom: y + TAP };
		}
		const [left, top, room] = placement(
			box,
			w,
			h,
			doc.documentElement.clientWidth,
			win.innerHeight
		);
		const style = { left: `${left}px`, top: `${top}px`, maxHeight: `${room}px`, visibility: '' };
		Object.assign(panel.style, style);
	};
	const onToggle = (event: ToggleEvent) => {
		const panel = event.target as HTMLElement;
		if (event.newState === 'closed') {
			open = null;
			panel.removeAttribute('style');
			return;
		}
		// Every chart panel opens by a click, a key (which clicks) or a hover, each naming it first.
		if (!source) return;
		// Shown unseen at the corner (where the pointer cannot meet it) until it can be measured.
		Object.assign(panel.style, { left: 0, top: 0, maxHeight: '', visibility: 'hidden' });
		win.requestAnimationFrame(() => {
			open = [panel, panel.offsetWidth, panel.offsetHeight];
			place();
		});
	};
	doc.addEventListener('beforetoggle', onToggle as EventListener, true);
	win.addEventListener('scroll', place, { passive: true });
	return (s) => (source = s);
}

/**
 * Opens a mark's details while a mouse rests on it and closes them as it leaves, unless a click
 * kept them. A mark whose details were closed under the mouse (Escape, a click) stays closed
 * until the mouse leaves it.
 */
function hoverPanels(doc: Document, from: (source: Source) => void): void {
	let timer = 0;
	let hovered: HTMLElement | null = null;
	let over: Element | null = null;
	let dismissed: Element | null = null;
	const invokerOf = (event: Event) => (event.target as Element).closest?.('[popovertarget]');

	const onOver = (event: PointerEvent) => {
		const invoker = invokerOf(event);
		const popover = invoker && popoverOf(doc, invoker);
		if (event.pointerType !== 'mouse' || !popover) return;
		over = invoker;
		if (popover === hovered || invoker === dismissed) return;
		clearTimeout(timer);
		timer = window.setTimeout(() => {
			// Not if the mouse has left, or the reader closed them meanwhile (a slow frame).
			if (popover.matches(':popover-open') || over !== invoker || dismissed === invoker) return;
			from([invoker]);
			popover.showPopover();
			hovered = popover;
		}, HOVER_DELAY);
	};
	const onOut = (event: PointerEvent) => {
		const invoker = invokerOf(event);
		if (event.pointerType !== 'mouse' || !invoker) return;
		if (invoker.contains(event.relatedTarget as Node | null)) return;
		clearTimeout(timer);
		over = dismissed = null;
		// Only a popover the hover opened closes with it; one opened by a click stays.
		if (hovered === popoverOf(doc, invoker) && hovered?.matches(':popover-open')) {
			hovered.hidePopover();
		}
		hovered = null;
	};
	const onClick = (event: MouseEvent) => {
		const invoker = invokerOf(event);
		// A click decides: a hover still waiting to open them does not (it would reopen them later).
		clearTimeout(timer);
		// A click after a hover keeps the popover open.
		if (invoker && hovered === popoverOf(doc, invoker)) {
			event.preventDefault();
			hovered = null;
		}
	};
	const onClose = (event: ToggleEvent) => {
		if (event.newState === 'closed' && over && popoverOf(doc, over) === event.target) {
			dismissed = over;
		}
	};
	doc.addEventListener('pointerover', onOver);
	doc.addEventListener('pointerout', onOut);
	doc.addEventListener('click', onClick);
	doc.addEventListener('beforetoggle', onClose as EventListener, true);
}

/**
 * Names a clicked mark as its panel's source, and opens the details a clicked shape names in
 * `data-details`, as the build set it, beside the point it was tapped.
 */
function openShapes(doc: Document, from: (source: Source) => void): void {
	doc.addEventListener('click', (event) => {
		const target = event.target as Element;
		const invoker = target.closest?.('[popovertarget]');
		if (invoker) return from([invoker]);
		const shape = target.closest?.('[data-details]');
		const popover = shape && doc.getElementById(shape.getAttribute('data-details') ?? '');
		if (!popover || popover.matches(':popover-open')) return;
		const r = shape.getBoundingClientRect();
		from([shape, [event.clientX - r.left, event.clientY - r.top]]);
		popover.showPopover();
	});
}
