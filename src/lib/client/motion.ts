/**
 * Runs a change with motion switched off on one element: a chart that opens in a state (a link
 * to a step, an embed's `?state=`) is drawn there at once, not moved there from its first state.
 * Only that element's subtree is restyled: switching motion off on the root would restyle the
 * whole page, twice, as it loads.
 */
export function withoutMotion(element: HTMLElement, change: () => void): void {
	element.style.setProperty('--motion-duration', '0s');
	change();
	// Two frames: the new state is styled and painted before motion returns.
	requestAnimationFrame(() =>
		requestAnimationFrame(() => element.style.removeProperty('--motion-duration'))
	);
}
