/**
 * Runs a change with motion switched off: a chart that opens in a state (a link to a step, an
 * embed's `?state=`) is drawn there at once, not moved there from its first state.
 */
export function withoutMotion(doc: Document, change: () => void): void {
	const root = doc.documentElement;
	root.style.setProperty('--motion-duration', '0s');
	change();
	// Two frames: the new state is styled and painted before motion returns.
	requestAnimationFrame(() =>
		requestAnimationFrame(() => root.style.removeProperty('--motion-duration'))
	);
}
