/**
 * The world as the atlas has it, for checking the drawn map against it: points well inside each
 * country, points in open sea, and points on the story countries' outlines, each in lon/lat and
 * projected into the map's units. The projection is the map's stated one (Equal Earth, the world
 * but Antarctica fitted to 1000 units wide, its top at 0), built here from d3-geo, not taken
 * from the code under test; only the geometry of the atlas is shared.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoContains, geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);
const topology = JSON.parse(
	readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')
) as Topology<{ countries: GeometryCollection<{ name: string }> }>;

const ANTARCTICA = '010';
const countries = (
	feature(topology, topology.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string }
	>
).features.filter((f) => f.id !== ANTARCTICA);

const projection = geoEqualEarth().fitWidth(1000, {
	type: 'FeatureCollection',
	features: countries
});
const [[, top]] = geoPath(projection).bounds({ type: 'FeatureCollection', features: countries });
projection.translate([projection.translate()[0], projection.translate()[1] - top]);

export interface WorldPoint {
	name: string;
	lonLat: [number, number];
	/** In map units. */
	at: [number, number];
}

const project = (name: string, lonLat: [number, number]): WorldPoint => {
	const at = projection(lonLat);
	if (!at) throw new Error(`${name}: ${lonLat.join(', ')} does not project`);
	return { name, lonLat, at: [at[0], at[1]] };
};

/** A country's polygons, largest first (by area on the sphere). */
function polygonsOf(f: Feature<Polygon | MultiPolygon>): Polygon[] {
	const polygons: Polygon[] =
		f.geometry.type === 'Polygon'
			? [f.geometry]
			: f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
	return polygons.sort((a, b) => geoArea(b) - geoArea(a));
}

/** Inland points need this many degrees of land around them; smaller countries are left out. */
const INLAND_DEGREES = 0.75;

/**
 * For each country big enough, the point of its largest polygon farthest from its coast
 * (polylabel, in degrees), kept only where d3 agrees it lies inside the country.
 */
export const inlandPoints: WorldPoint[] = countries.flatMap((f) => {
	const [largest] = polygonsOf(f);
	if (!largest) return [];
	const point = polylabel(largest.coordinates as [number, number][][], 0.05);
	const lonLat: [number, number] = [point[0] ?? 0, point[1] ?? 0];
	if (point.distance < INLAND_DEGREES || !geoContains(f, lonLat)) return [];
	return [project(f.properties.name, lonLat)];
});

/** Open sea, in every ocean and in the seas beside the story's countries. */
const SEA: [string, [number, number]][] = [
	['North Sea', [3, 56]],
	['Bay of Biscay', [-6, 45.5]],
	['Atlantic, west of Ireland', [-16, 53]],
	['Norwegian Sea', [-2, 67]],
	['mid-Atlantic', [-40, 30]],
	['South Atlantic', [-20, -20]],
	['Caribbean Sea', [-75, 14.5]],
	['Gulf of Mexico', [-90, 25]],
	['Hudson Bay', [-85, 60]],
	['North Pacific', [-150, 30]],
	['Gulf of Alaska', [-145, 55]],
	['South Pacific', [-120, -30]],
	['Sea of Japan', [134, 40]],
	['Yellow Sea', [123.5, 35.5]],
	['East China Sea', [126, 29]],
	['South China Sea', [114, 14]],
	['Philippine Sea', [135, 20]],
	['Bay of Bengal', [88, 15]],
	['Indian Ocean', [80, -10]],
	['Mozambique Channel', [41, -19]],
	['Arabian Sea', [64, 15]],
	['Mediterranean', [18, 35]],
	['Tasman Sea', [160, -38]]
];

export const seaPoints: WorldPoint[] = SEA.map(([name, lonLat]) => {
	const inside = countries.find((f) => geoContains(f, lonLat));
	if (inside) throw new Error(`"${name}" lies in ${inside.properties.name}, not at sea`);
	return project(name, lonLat);
});

/**
 * Vertices of a country's outline as the atlas has them: where the drawn country's edge must
 * run, and where the land layer's fill or edge must be. Every `step`-th vertex of every ring.
 */
export function outlinePoints(numericId: string, step = 4): WorldPoint[] {
	const f = countries.find((c) => c.id === numericId);
	if (!f) throw new Error(`No country ${numericId} in the atlas`);
	const name = f.properties.name;
	return polygonsOf(f).flatMap((polygon) =>
		polygon.coordinates.flatMap((ring: Position[]) =>
			ring
				.filter((_, i) => i % step === 0)
				.map((p) => project(name, [p[0] ?? 0, p[1] ?? 0]))
				.filter((p) => Number.isFinite(p.at[0]))
		)
	);
}
