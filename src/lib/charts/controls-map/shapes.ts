/**
 * Measures of a projected country, for placing its label and framing the map on it: the
 * bounds of its main landmass (not far-off islands or territories) and a point well inside it.
 */
import { geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry, Polygon } from 'geojson';

export type Point = [x: number, y: number];
export type Ring = Point[];
/** An axis-aligned box in map units: left, top, right, bottom. */
export type Bounds = [x0: number, y0: number, x1: number, y1: number];

/** A polygon other than the largest counts as main land from this share of the largest's area. */
const MAIN_SHARE = 0.3;

/** Collects projected rings from d3-geo's path context calls. */
class RingCollector implements GeoContext {
	rings: Ring[] = [];
	moveTo(x: number, y: number) {
		this.rings.push([[x, y]]);
	}
	lineTo(x: number, y: number) {
		this.rings.at(-1)?.push([x, y]);
	}
	closePath() {}
	beginPath() {}

	arc(): never {
		throw new Error('RingCollector takes polygons only');
	}
}

interface ProjectedPolygon {
	rings: Ring[];
	area: number;
	bounds: Bounds;
}

function polygonsOf(geometry: Geometry): Polygon[] {
	if (geometry.type === 'Polygon') return [geometry];
	if (geometry.type === 'MultiPolygon') {
		return geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	}
	return [];
}

function project(polygon: Polygon, projection: GeoProjection): ProjectedPolygon {
	const collector = new RingCollector();
	geoPath(projection, collector)(polygon);
	const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(polygon);
	return {
		rings: collector.rings,
		area: geoPath(projection).area(polygon),
		bounds: [x0, y0, x1, y1]
	};
}

/** Even-odd rule over all rings, so holes and rings split by clipping both work. */
export function isInside([x, y]: Point, rings: readonly Ring[]): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as Point;
			const [xj, yj] = ring[j] as Point;
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}

function distanceToEdges([x, y]: Point, rings: readonly Ring[]): number {
	let best = Infinity;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [ax, ay] = ring[j] as Point;
			const [bx, by] = ring[i] as Point;
			const dx = bx - ax;
			const dy = by - ay;
			const length = dx * dx + dy * dy;
			const t =
				length === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length));
			best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
		}
	}
	return best;
}

/**
 * Points well inside `rings`, best first: the one farthest from the edges (found on a grid and
 * refined twice), then up to `more` others, spread apart, where a label could also sit.
 * Deterministic.
 */
export function interiorPoints(
	rings: readonly Ring[],
	[x0, y0, x1, y1]: Bounds,
	more = 0
): Point[] {
	const size = Math.max(x1 - x0, y1 - y0);
	const grid: { point: Point; distance: number }[] = [];
	let best: Point = [(x0 + x1) / 2, (y0 + y1) / 2];
	let bestDistance = -Infinity;
	let step = size / 40;
	let [cx, cy, span] = [best[0], best[1], 20];
	for (let pass = 0; pass < 3; pass += 1) {
		for (let i = -span; i <= span; i += 1) {
			for (let j = -span; j <= span; j += 1) {
				const point: Point = [cx + i * step, cy + j * step];
				if (!isInside(point, rings)) continue;
				const distance = distanceToEdges(point, rings);
				if (pass === 0) grid.push({ point, distance });
				if (distance > bestDistance) [best, bestDistance] = [point, distance];
			}
		}
		[cx, cy, step, span] = [best[0], best[1], step / 4, 4];
	}
	const points: Point[] = [best];
	for (const { point, distance } of grid.sort((a, b) => b.distance - a.distance)) {
		if (points.length > more || distance < bestDistance * 0.3) break;
		const apart = points.every(([px, py]) => Math.hypot(px - point[0], py - point[1]) > size / 4);
		if (apart) points.push(point);
	}
	return points.map(([x, y]) => [round(x), round(y)]);
}

/** The point inside `rings` farthest from their edges: where a label sits most clearly. */
export function interiorPoint(rings: readonly Ring[], bounds: Bounds): Point {
	return interiorPoints(rings, bounds)[0] as Point;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Spots a label may take on a country besides its anchor. */
const SPOTS = 3;

/**
 * Points well inside the part of a country a window shows, best first; none when the window
 * shows none of it, or only a sliver (under 4% of the window's width across).
 */
export function visibleSpots(
	feature: Feature,
	projection: GeoProjection,
	[x, y, width, height]: readonly number[]
): Point[] {
	projection.clipExtent([
		[x ?? 0, y ?? 0],
		[(x ?? 0) + (width ?? 0), (y ?? 0) + (height ?? 0)]
	]);
	try {
		const largest = polygonsOf(feature.geometry)
			.map((polygon) => project(polygon, projection))
			.filter((p) => p.rings.length > 0 && p.area > 0)
			.sort((a, b) => b.area - a.area)[0];
		if (!largest) return [];
		const [x0, y0, x1, y1] = largest.bounds;
		if (Math.max(x1 - x0, y1 - y0) < (width ?? 0) * 0.04) return [];
		return interiorPoints(largest.rings, largest.bounds, SPOTS);
	} finally {
		projection.clipExtent(null);
	}
}

/** Where to label a country and what to frame when the map is about it. */
export function measureShape(
	feature: Feature,
	projection: GeoProjection
): { anchor: Point; main: Bounds; spots: Point[] } {
	const polygons = polygonsOf(feature.geometry)
		.map((polygon) => project(polygon, projection))
		.sort((a, b) => b.area - a.area);
	const largest = polygons[0];
	if (!largest) throw new Error(`Feature ${String(feature.id)} has no polygon to measure`);
	const main = polygons
		.filter((polygon) => polygon.area >= largest.area * MAIN_SHARE)
		.reduce<Bounds>(
			(box, { bounds }) => [
				Math.min(box[0], bounds[0]),
				Math.min(box[1], bounds[1]),
				Math.max(box[2], bounds[2]),
				Math.max(box[3], bounds[3])
			],
			largest.bounds
		);
	const [anchor, ...spots] = interiorPoints(largest.rings, largest.bounds, SPOTS);
	return { anchor: anchor as Point, main: main.map(round) as Bounds, spots };
}
