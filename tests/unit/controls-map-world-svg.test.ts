/** /charts/world.svg: the map's one copy of the geometry, as the prerendered endpoint serves it. */
import { describe, expect, it } from 'vitest';
import { mapCountryCodes } from '../../src/lib/server/geometry';
import { loadDataset } from '../../src/lib/server/dataset';
import { slugOf, worldFeatures } from '../../src/lib/charts/controls-map/projection';
import { GET, prerender } from '../../src/routes/charts/world.svg/+server';

const response = await GET({} as Parameters<typeof GET>[0]);
const svg = await response.text();
const paths = [...svg.matchAll(/<path\b([^>]*)\/>/g)].map(([, attributes]) => attributes ?? '');
const ids = paths.map((attributes) => /\bid="([^"]+)"/.exec(attributes)?.[1]);

describe('world.svg', () => {
	it('is a prerendered SVG file', () => {
		expect(prerender).toBe(true);
		expect(response.headers.get('content-type')).toBe('image/svg+xml');
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1000 440">/);
	});

	it('has one path per map country, each with its ISO alpha-3 code or a slug as id', () => {
		const features = worldFeatures();
		expect(paths).toHaveLength(features.length);
		expect(ids).toEqual(features.map((f) => f.id));
		expect(new Set(ids).size).toBe(ids.length);
		const iso = ids.filter((id) => id && /^[A-Z]{3}$/.test(id));
		expect(new Set(iso)).toEqual(new Set([...mapCountryCodes()].filter((c) => c !== 'ATA')));
		expect(ids.filter((id) => !iso.includes(id))).toEqual(
			['N. Cyprus', 'Somaliland', 'Kosovo'].map(slugOf)
		);
		expect(ids).toContain('TWN');
	});

	it('has a path for every dataset country', () => {
		for (const { code } of loadDataset().countries) expect(ids, code).toContain(code);
	});

	it('leaves colour to whoever draws it: no fill or stroke attributes, all inside #world', () => {
		expect(svg).not.toMatch(/\s(fill|stroke)(-[a-z]+)?="/);
		expect(svg).toMatch(/<g id="world">\n(<path [^>]*\/>\n)+<\/g>\n<\/svg>\n$/);
	});

	it('keeps coordinates to one decimal, so the file stays small', () => {
		const numbers = paths.flatMap((p) => /\bd="([^"]+)"/.exec(p)?.[1]?.match(/-?\d*\.?\d+/g) ?? []);
		expect(numbers.length).toBeGreaterThan(10_000);
		expect(numbers.filter((n) => /\.\d{2,}/.test(n))).toEqual([]);
		expect(svg.length).toBeLessThan(90_000);
	});

	it('writes the Netherlands as relative steps from its first point', () => {
		const nld = paths.find((p) => p.includes('id="NLD"')) ?? '';
		expect(/\bd="([^"]+)"/.exec(nld)?.[1]).toMatch(/^M515\.7 58\.4l[-.\d ]+z$/);
	});
});
