/**
 * Each state's view of the map, computed at build time: the window it frames, the countries
 * it emphasises, where each country shows in it (or which way it lies beyond it), and its
 * label placements for every layout width.
 */
import type { GeoProjection } from 'd3-geo';
import type { Feature } from 'geojson';
import {
	LAYOUTS,
	arrowTowards,
	isInWindow,
	type Arrow,
	type LayoutId,
	type MapWindow,
	type Placement
} from './label-geometry.ts';
import { placeLabels } from './layout.ts';
import type { MapCountry } from './model.ts';
import { visibleSpots, type Bounds, type Point } from './shapes.ts';
import { CONTROLS_MAP_STATES, type ControlsMapStateId } from './states.ts';
import { VIEWS } from './views.ts';

export interface MapView {
	id: ControlsMapStateId;
	caption: string;
	window: MapWindow;
	emphasis: string[];
	/** The one country the state is about, described until the reader picks another; or null. */
	focus: string | null;
	/** Where each country's label points: inside the part of it in view, or null when beyond. */
	anchors: Record<string, Point | null>;
	/** Countries beyond the window: the arrow their label shows. */
	arrows: Record<string, Arrow | null>;
	/** Label placements per country code, per layout width class. */
	labels: Record<string, Record<LayoutId, Placement>>;
}

/** Padding around what a window frames, as a share of its size, and at least this many units. */
const PAD_SHARE = 0.2;
const PAD_MIN = 8;

/** The window framing `bounds` with padding, at the map's aspect ratio, inside the map. */
export function windowAround(
	bounds: Bounds | null,
	minWidth: number,
	[width, height]: readonly [number, number]
): MapWindow {
	if (!bounds) return [0, 0, width, height];
	const aspect = width / height;
	const [x0, y0, x1, y1] = bounds;
	const padX = Math.max(PAD_MIN, (x1 - x0) * PAD_SHARE);
	const padY = Math.max(PAD_MIN, (y1 - y0) * PAD_SHARE);
	const w = Math.min(width, Math.max(minWidth, x1 - x0 + 2 * padX, (y1 - y0 + 2 * padY) * aspect));
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

/**
 * Where a country shows in a window, best spot first: its own anchor and spots when all of
 * it is in view, else spots inside the part in view; none when it is beyond the window.
 */
function spotsIn(
	country: MapCountry,
	window: MapWindow,
	map: { projection: GeoProjection; shape: Feature | undefined; spots: Point[] }
): Point[] {
	const [x0, y0, x1, y1] = country.main;
	const [wx, wy, ww, wh] = window;
	const whole = x0 >= wx && y0 >= wy && x1 <= wx + ww && y1 <= wy + wh;
	const spots = whole
		? [country.anchor, ...map.spots]
		: map.shape
			? visibleSpots(map.shape, map.projection, window)
			: [];
	return spots[0] && isInWindow(spots[0], window) ? spots : [];
}

export function buildViews(
	countries: readonly MapCountry[],
	map: {
		size: [number, number];
		projection: GeoProjection;
		shapes: Map<string, Feature>;
		spots: Map<string, Point[]>;
	}
): MapView[] {
	return CONTROLS_MAP_STATES.map(({ id }): MapView => {
		const spec = VIEWS[id];
		const framed = countries.filter((c) => spec.about.includes(c.code)).map((c) => c.main);
		const window = windowAround(framed.length ? unionOf(framed) : null, spec.minWidth, map.size);
		const emphasis = countries
			.filter((c) => spec.emphasis === 'all' || spec.emphasis.includes(c.code))
			.map((c) => c.code);
		const spots = new Map(
			countries.map((c) => [
				c.code,
				spotsIn(c, window, {
					projection: map.projection,
					shape: map.shapes.get(c.code),
					spots: map.spots.get(c.code) ?? []
				})
			])
		);
		const anchors = Object.fromEntries(
			countries.map((c) => [c.code, spots.get(c.code)?.[0] ?? null])
		);
		const arrows = Object.fromEntries(
			countries.map((c) => [c.code, anchors[c.code] ? null : arrowTowards(c.anchor, window)])
		);
		const requests = countries.map((c) => ({
			...c,
			anchor: anchors[c.code] ?? c.anchor,
			spots: spots.get(c.code)?.slice(1) ?? [],
			emphasised: emphasis.includes(c.code),
			supporting: c.role === 'g7-partner'
		}));
		const byLayout = LAYOUTS.map((layout) => placeLabels(requests, window, layout, arrows));
		const labels = Object.fromEntries(
			countries.map((c) => [
				c.code,
				Object.fromEntries(
					LAYOUTS.map((layout, i) => [layout.id, byLayout[i]?.[c.code] as Placement])
				) as Record<LayoutId, Placement>
			])
		);
		const focus = emphasis.length === 1 ? (emphasis[0] ?? null) : null;
		return { id, caption: spec.caption, window, emphasis, focus, anchors, arrows, labels };
	});
}
