/**
 * Interpolates between two map windows for a zoom: the width changes geometrically (each step
 * zooms by the same factor, so a deep zoom does not rush at the end) and the centre moves with
 * it. Client-safe; used by ControlsMap's tween.
 */
import type { MapWindow } from './label-geometry.ts';

export function interpolateWindow(from: MapWindow, to: MapWindow): (t: number) => MapWindow {
	const [fx, fy, fw, fh] = from;
	const [tx, ty, tw, th] = to;
	const aspect = fw / fh;
	const [fcx, fcy] = [fx + fw / 2, fy + fh / 2];
	const [tcx, tcy] = [tx + tw / 2, ty + th / 2];
	return (t) => {
		if (t <= 0) return from;
		if (t >= 1) return to;
		const w = fw * Math.pow(tw / fw, t);
		// How far the zoom has come, 0 to 1, so the centre keeps pace with the width.
		const s = fw === tw ? t : (w - fw) / (tw - fw);
		const cx = fcx + (tcx - fcx) * s;
		const cy = fcy + (tcy - fcy) * s;
		return [cx - w / 2, cy - w / aspect / 2, w, w / aspect];
	};
}

/** A window as an SVG viewBox attribute. */
export function viewBoxOf([x, y, w, h]: MapWindow): string {
	return [x, y, w, h].map((v) => Math.round(v * 100) / 100).join(' ');
}
