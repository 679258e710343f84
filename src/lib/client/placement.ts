/**
 * Where a mark's details panel goes on screen, beside its mark, worked out by script because
 * CSS anchor positioning does not hold in what ships: Firefox anchors to a mark's untransformed
 * box, WebKit flips panels above the screen once the page scrolls, and a panel opened by script
 * has no anchor at all. Pure: boxes in, a place out.
 *
 *   placement(button.getBoundingClientRect(), panel.offsetWidth, panel.offsetHeight, 375, 667)
 */

/** A box on screen, in CSS pixels from the viewport's top-left (as `getBoundingClientRect`). */
export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** The space between the mark and its panel, and between the panel and the screen's edges. */
const GAP = 6;

/**
 * Where a `w`×`h` panel goes beside `mark` in a `vw`×`vh` viewport: [left, top, the height it
 * may take]. Below the mark if it fits, else above; else beside it, on the side with more room,
 * if it fits there; else below or above, whichever has more room, with its height capped to that
 * room (it scrolls). Never over the mark, always inside the viewport, centred on the mark as far
 * as the edges allow. A mark partly off screen counts only for its part on screen.
 */
export function placement(
	mark: Box,
	w: number,
	h: number,
	vw: number,
	vh: number
): [left: number, top: number, room: number] {
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, hi));
	const [top, bottom] = [clamp(mark.top, 0, vh), clamp(mark.bottom, 0, vh)];
	const below = vh - bottom - 2 * GAP;
	const above = top - 2 * GAP;
	const x = clamp((mark.left + mark.right - w) / 2, GAP, vw - w - GAP);
	if (h <= below) return [x, bottom + GAP, below];
	if (h <= above) return [x, top - GAP - h, above];
	const [left, right] = [mark.left - 2 * GAP, vw - mark.right - 2 * GAP];
	if (w <= Math.max(left, right)) {
		const y = clamp((top + bottom - h) / 2, GAP, vh - h - GAP);
		return [right >= left ? mark.right + GAP : mark.left - GAP - w, y, vh - 2 * GAP];
	}
	return below >= above ? [x, bottom + GAP, below] : [x, GAP, above];
}
