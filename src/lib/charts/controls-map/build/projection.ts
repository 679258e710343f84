/**
 * The map's projection and geometry, fixed at build time: Equal Earth (areas stay comparable),
 * fitted to a 1000-unit-wide viewBox, Antarctica left out; land as one path, borders between
 * countries as another, and each story country's own outline. The browser gets path data.
 */
import { geoEqualEarth, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Polygon } from 'geojson';
import polylabel from 'polylabel';
import { feature, merge, mesh } from 'topojson-client';
import { alpha3OfFeatureId, worldTopology } from './atlas.ts';
import type { Bounds, Point } from './windows.ts';

/** Width of the map's coordinate space; the height follows from the projection. */
export const MAP_WIDTH = 1000;

/** A map country: its stable id (ISO alpha-3, or a slug where it has no code) and its shape. */
export interface MapFeature {
	id: string;
	name: string;
	feature: Feature<Geometry, { name: string }>;
}

/** `N. Cyprus` → `n-cyprus`: ids for the few shapes without an ISO code. */
function slugOf(name: string): string {
	return name
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

/** Every shape of the 1:110m world except Antarctica, in the topology's order. */
export function worldFeatures(): MapFeature[] {
	const collection = feature(
		worldTopology,
		worldTopology.objects.countries
	) as unknown as FeatureCollection<Geometry, { name: string }>;
	return collection.features
		.map((f) => ({
			id: alpha3OfFeatureId(f.id) ?? slugOf(f.properties.name),
			name: f.properties.name,
			feature: f
		}))
		.filter((f) => f.id !== 'ATA');
}

/** The projection fitted to MAP_WIDTH, and the viewBox height it leaves (whole units). */
export function mapProjection(features: readonly MapFeature[] = worldFeatures()) {
	const collection = {
		type: 'FeatureCollection',
		features: features.map((f) => f.feature)
	} as const satisfies GeoPermissibleObjects;
	const projection = geoEqualEarth().fitWidth(MAP_WIDTH, collection);
	const [[, y0], [, y1]] = geoPath(projection).bounds(collection);
	// Shift so the top edge sits at 0 and round the height up, so the box holds every shape.
	const [tx, ty] = projection.translate();
	projection.translate([tx, ty - y0]);
	return { projection, height: Math.ceil(y1 - y0) };
}

/**
 * A path context that writes compact SVG path data: coordinates rounded to 0.1 unit, each
 * point relative to the one before (`m`/`l`), repeated points dropped, one `l` per run. About
 * 45% smaller gzipped than d3's own absolute output at the same precision; the unit tests prove
 * it draws exactly d3's shapes (tests/unit/map-geometry.test.ts), the browser tests that they
 * sit where the world is (tests/e2e/map-geometry.spec.ts).
 */
class CompactPath implements GeoContext {
	#out = '';
	// The pen, in tenths of a unit, as integers: rounding relative steps never drifts.
	#x = 0;
	#y = 0;
	// Where the current subpath started: SVG's `z` returns the pen there, so the next relative
	// `m` is measured from it, not from the last vertex drawn.
	#startX = 0;
	#startY = 0;
	#last: 'm' | 'l' | 'z' | '' = '';

	#step(x: number, y: number): string {
		const tx = Math.round(x * 10);
		const ty = Math.round(y * 10);
		const pair = `${num(tx - this.#x)}${joined(num(ty - this.#y))}`;
		this.#x = tx;
		this.#y = ty;
		return pair;
	}

	moveTo(x: number, y: number) {
		// The first move is absolute: relative to the origin, which is the same thing.
		this.#out += `${this.#last === '' ? 'M' : 'm'}${this.#step(x, y)}`;
		this.#startX = this.#x;
		this.#startY = this.#y;
		this.#last = 'm';
	}

	lineTo(x: number, y: number) {
		if (Math.round(x * 10) === this.#x && Math.round(y * 10) === this.#y) return;
		const pair = this.#step(x, y);
		this.#out += this.#last === 'l' ? joined(pair) : `l${pair}`;
		this.#last = 'l';
	}

	closePath() {
		this.#out += 'z';
		this.#x = this.#startX;
		this.#y = this.#startY;
		this.#last = 'z';
	}

	beginPath() {}

	arc(): never {
		throw new Error('CompactPath draws polygons only');
	}

	toString() {
		return this.#out;
	}
}

/** Tenths of a unit as the shortest decimal: 15 → "1.5", -3 → "-.3", 20 → "2". */
function num(tenths: number): string {
	return String(tenths / 10).replace(/^(-?)0\./, '$1.');
}

/** A number written after another: a minus sign separates it; otherwise a space. */
function joined(text: string): string {
	return text.startsWith('-') ? text : ` ${text}`;
}

type Projection = ReturnType<typeof mapProjection>['projection'];

/** SVG path data for one shape in the map's coordinates. */
export function pathData(f: GeoPermissibleObjects, projection: Projection): string {
	const context = new CompactPath();
	geoPath(projection, context)(f);
	return context.toString();
}

const ANTARCTICA = 10; // ISO 3166-1 numeric

/** All land but Antarctica merged into one shape, and the borders between countries. */
export function worldShapes(): { land: GeoPermissibleObjects; borders: MultiLineString } {
	const countries = worldTopology.objects.countries;
	const kept = countries.geometries.filter((g) => Number(g.id) !== ANTARCTICA);
	return {
		land: merge(worldTopology, kept as Parameters<typeof merge>[1]),
		borders: mesh(worldTopology, countries, (a, b) => a !== b)
	};
}

const MAIN_SHARE = 0.3;

/**
 * Where to label a country and what to frame when the map is about it: the pole of
 * inaccessibility of its largest polygon (polylabel), and the bounds of its main landmass
 * (polygons at least 30% the size of the largest; not far-off islands or territories).
 */
export function measureShape(f: Feature, projection: Projection): { anchor: Point; main: Bounds } {
	const polygons: Polygon[] =
		f.geometry.type === 'Polygon'
			? [f.geometry]
			: f.geometry.type === 'MultiPolygon'
				? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
				: [];
	const path = geoPath(projection);
	const measured = polygons
		.map((polygon) => ({ polygon, area: path.area(polygon), bounds: path.bounds(polygon) }))
		.sort((a, b) => b.area - a.area);
	const largest = measured[0];
	if (!largest) throw new Error(`Feature ${String(f.id)} has no polygon to measure`);
	const main = measured
		.filter((m) => m.area >= largest.area * MAIN_SHARE)
		.reduce<Bounds>(
			(box, { bounds: [[x0, y0], [x1, y1]] }) => [
				Math.min(box[0], x0),
				Math.min(box[1], y0),
				Math.max(box[2], x1),
				Math.max(box[3], y1)
			],
			[Infinity, Infinity, -Infinity, -Infinity]
		);
	const rings = largest.polygon.coordinates.map((ring) =>
		ring.map((point) => (projection(point as [number, number]) ?? [0, 0]) as [number, number])
	);
	const [x, y] = polylabel(rings, 0.5);
	const round = (v: number) => Math.round(v * 10) / 10;
	return { anchor: [round(x), round(y)], main: main.map(round) as Bounds };
}
