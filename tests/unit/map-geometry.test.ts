/**
 * The map's compact path data must draw exactly the shapes d3-geo draws. Both are read back by
 * svgpath, an SVG path parser that follows the SVG rules (a `z` returns the pen to the start of
 * its subpath), and compared vertex by vertex: d3's own `geoPath().digits(1)` is the reference.
 */
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import svgpath from 'svgpath';
import { describe, expect, it } from 'vitest';
import {
	mapProjection,
	pathData,
	worldFeatures,
	worldShapes
} from '../../src/lib/charts/controls-map/build/projection';

type Vertex = [command: string, x: number, y: number];

/** Tenths, as both encoders write them; summing relative steps leaves float dust to remove. */
const tenth = (v: number) => Math.round(v * 10) / 10 + 0; // + 0 turns -0 into 0

/** Absolute vertices as SVG draws them, with a point repeated in place dropped. */
function vertices(d: string): Vertex[] {
	const out: Vertex[] = [];
	let start: [number, number] = [0, 0];
	svgpath(d)
		.abs()
		.iterate((segment) => {
			const [command, rawX, rawY] = segment as [string, number, number];
			const [x, y] = [tenth(rawX), tenth(rawY)];
			if (command === 'Z') {
				out.push(['Z', ...start]);
				return;
			}
			if (command === 'M') start = [x, y];
			const last = out.at(-1);
			if (command === 'L' && last && last[0] !== 'Z' && last[1] === x && last[2] === y) return;
			out.push([command, x, y]);
		});
	return out;
}

const features = worldFeatures();
const { projection } = mapProjection(features);
const reference = (shape: GeoPermissibleObjects) => geoPath(projection).digits(1)(shape) ?? '';
const world = worldShapes();

describe('the compact path data', () => {
	it('draws the land, the borders and every country as d3-geo does', () => {
		const shapes: [string, GeoPermissibleObjects][] = [
			['land', world.land],
			['borders', world.borders],
			...features.map((f): [string, GeoPermissibleObjects] => [f.id, f.feature])
		];
		for (const [name, shape] of shapes) {
			const drawn = vertices(pathData(shape, projection));
			expect(drawn.length, name).toBeGreaterThan(0);
			expect(drawn, name).toEqual(vertices(reference(shape)));
		}
	});

	it('starts each subpath where d3 starts it, after any number of closed rings', () => {
		// Many rings: Indonesia, the Philippines and Japan are archipelagos.
		for (const code of ['IDN', 'PHL', 'JPN', 'CAN']) {
			const feature = features.find((f) => f.id === code)?.feature as GeoPermissibleObjects;
			const moves = (d: string) => vertices(d).filter(([command]) => command === 'M');
			const drawn = moves(pathData(feature, projection));
			expect(drawn.length, code).toBeGreaterThan(2);
			expect(drawn, code).toEqual(moves(reference(feature)));
		}
	});
});
