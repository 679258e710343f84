/**
 * Map windows: the part of the map a state or a panel frames, as [x, y, width, height] in map
 * units. Pure.
 */

/** An axis-aligned box in map units: left, top, right, bottom. */
export type Bounds = [x0: number, y0: number, x1: number, y1: number];
export type MapWindow = [x: number, y: number, width: number, height: number];
export type Point = [x: number, y: number];

/** Padding around what a window frames, as a share of its size, and at least this many units. */
const PAD_SHARE = 0.2;
const PAD_MIN = 8;

/**
 * The window framing `bounds` with padding (a share of their size), at `aspect` (width over
 * height; by default the map's), inside the map.
 */
export function windowAround(
	bounds: Bounds | null,
	minWidth: number,
	[width, height]: readonly [number, number],
	{ aspect = width / height, pad = PAD_SHARE }: { aspect?: number; pad?: number } = {}
): MapWindow {
	if (!bounds) return [0, 0, width, height];
	const [x0, y0, x1, y1] = bounds;
	const padX = Math.max(PAD_MIN, (x1 - x0) * pad);
	const padY = Math.max(PAD_MIN, (y1 - y0) * pad);
	const w = Math.min(
		width,
		height * aspect,
		Math.max(minWidth, x1 - x0 + 2 * padX, (y1 - y0 + 2 * padY) * aspect)
	);
	const h = w / aspect;
	const x = Math.min(width - w, Math.max(0, (x0 + x1) / 2 - w / 2));
	const y = Math.min(height - h, Math.max(0, (y0 + y1) / 2 - h / 2));
	return [x, y, w, h].map((v) => Math.round(v * 10) / 10) as MapWindow;
}

export function unionOf(boxes: readonly Bounds[]): Bounds {
	return boxes.reduce<Bounds>(
		(u, b) => [
			Math.min(u[0], b[0]),
			Math.min(u[1], b[1]),
			Math.max(u[2], b[2]),
			Math.max(u[3], b[3])
		],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
}
