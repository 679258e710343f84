/**
 * What native popovers cannot do alone: open a mark's details when a mouse rests on it (taps,
 * clicks and keys already work through `popovertarget`), and open the details a shape names in
 * `data-details` (a country on the map) when it is clicked. Delegated listeners on the document: two handlers for every chart.
 */

const HOVER_DELAY = 120;

export function enhancePopovers(doc: Document): () => void {
	let timer = 0;
	let hovered: HTMLElement | null = null;

	const popoverOf = (invoker: Element) => {
		const id = invoker.getAttribute('popovertarget');
		return id ? doc.getElementById(id) : null;
	};
	const onOver = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		const invoker = (event.target as Element).closest?.('[popovertarget]');
		const popover = invoker && popoverOf(invoker);
		if (!popover || popover === hovered) return;
		clearTimeout(timer);
		timer = window.setTimeout(() => {
			if (popover.matches(':popover-open')) return;
			popover.showPopover();
			hovered = popover;
		}, HOVER_DELAY);
	};
	const onOut = (event: PointerEvent) => {
		if (event.pointerType !== 'mouse') return;
		const invoker = (event.target as Element).closest?.('[popovertarget]');
		if (!invoker || invoker.contains(event.relatedTarget as Node | null)) return;
		clearTimeout(timer);
		// Only a popover the hover opened closes with it; one opened by a click stays.
		if (hovered && hovered === popoverOf(invoker) && hovered.matches(':popover-open')) {
			hovered.hidePopover();
		}
		hovered = null;
	};
	const onClick = (event: MouseEvent) => {
		const target = event.target as Element;
		if (target.closest?.('[popovertarget]')) {
			// A click after a hover keeps the popover open.
			if (hovered === popoverOf(target.closest('[popovertarget]') as Element)) {
				event.preventDefault();
				hovered = null;
			}
			return;
		}
		// A shape that stands for its details (a country on the map) names them, as the build set it.
		const id = target.closest?.('[data-details]')?.getAttribute('data-details');
		const popover = id ? doc.getElementById(id) : null;
		if (popover && !popover.matches(':popover-open')) popover.showPopover();
	};

	doc.addEventListener('pointerover', onOver);
	doc.addEventListener('pointerout', onOut);
	doc.addEventListener('click', onClick);
	return () => {
		clearTimeout(timer);
		doc.removeEventListener('pointerover', onOver);
		doc.removeEventListener('pointerout', onOut);
		doc.removeEventListener('click', onClick);
	};
}
