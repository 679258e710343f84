/**
 * The map's zoom between states. The chart is drawn once, for the new state's window; the zoom is
 * a compositor animation of the drawn layer from where the old window put it, with the labels'
 * positions transitioning in step (Labels.html.svelte). No script runs per frame. Client-safe.
 */
import type { MapWindow } from './label-geometry.ts';

/** Length of the zoom, in ms, when the reader allows motion. */
export const ZOOM_MS = 700;
/** Cubic ease-in-out, as the labels' CSS transition uses. */
export const ZOOM_EASING = 'cubic-bezier(0.65, 0, 0.35, 1)';

/**
 * The CSS transform (origin at the top left) that makes a layer drawn for window `to` show
 * window `from` instead: a point at fraction u of the new window lands at its place in the old.
 */
export function zoomFrom(from: MapWindow, to: MapWindow): string {
	const [fx, fy, fw, fh] = from;
	const [tx, ty, tw, th] = to;
	const round = (v: number) => Math.round(v * 10000) / 10000;
	return (
		`translate(${round(((tx - fx) / fw) * 100)}%, ${round(((ty - fy) / fh) * 100)}%) ` +
		`scale(${round(tw / fw)}, ${round(th / fh)})`
	);
}

/** A window as an SVG viewBox attribute. */
export function viewBoxOf([x, y, w, h]: MapWindow): string {
	return [x, y, w, h].map((v) => Math.round(v * 100) / 100).join(' ');
}
