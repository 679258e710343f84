/**
 * The map's projection and its one rendering of the world, both fixed at build time: Equal
 * Earth (areas stay comparable), fitted to a 1000-unit-wide viewBox, Antarctica left out.
 * Server-only: world.svg and the model read it; the browser gets their output.
 */
import { geoEqualEarth, geoPath, type GeoContext, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { alpha3OfFeatureId, worldTopology } from '../../server/geometry.ts';

/** Width of the map's coordinate space; the height follows from the projection. */
export const MAP_WIDTH = 1000;

/** A map country: its stable id (ISO alpha-3, or a slug where it has no code) and its shape. */
export interface MapFeature {
	id: string;
	name: string;
	feature: Feature<Geometry, { name: string }>;
}

/** `N. Cyprus` → `n-cyprus`: ids for the few shapes without an ISO code. */
export function slugOf(name: string): string {
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
 * point relative to the one before (`m`/`l`), repeated points dropped, one `l` per run.
 */
class CompactPath implements GeoContext {
	#out = '';
	// The pen, in tenths of a unit, as integers: rounding relative steps never drifts.
	#x = 0;
	#y = 0;
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
export function pathData(f: Feature, projection: Projection): string {
	const context = new CompactPath();
	geoPath(projection, context)(f);
	return context.toString();
}

/**
 * The one file of world geometry: each shape a `<path id="NLD">` with no fill or stroke, so
 * whoever draws it with `<use href="world.svg#NLD">` styles it. `#world` draws them all.
 * Strokes keep their width on screen when the map zooms (vector-effect does not inherit
 * through `<use>`, so each path carries it).
 */
export function worldSvg(): string {
	const features = worldFeatures();
	const { projection, height } = mapProjection(features);
	const paths = features
		.map(
			(f) =>
				`<path id="${f.id}" vector-effect="non-scaling-stroke" d="${pathData(f.feature, projection)}"/>`
		)
		.join('\n');
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${MAP_WIDTH} ${height}">\n` +
		`<title>World countries, Natural Earth 1:110m, Equal Earth projection</title>\n` +
		`<g id="world">\n${paths}\n</g>\n</svg>\n`
	);
}
