/**
 * The world map's geometry (Natural Earth 1:110m, from world-atlas) and the ISO alpha-3 codes
 * it contains. Server-only: the browser gets projected paths, never this file.
 */
import countryCodes from 'i18n-iso-countries';
import type { Topology, GeometryCollection } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };

export const worldTopology = world as unknown as Topology<{
	countries: GeometryCollection<{ name: string }>;
	land: GeometryCollection;
}>;

/** ISO 3166-1 alpha-3 code of a world-atlas feature id (ISO numeric), if it has one. */
export function alpha3OfFeatureId(id: string | number | undefined): string | undefined {
	return id === undefined ? undefined : countryCodes.numericToAlpha3(String(id).padStart(3, '0'));
}

/** Every alpha-3 code present in the map. Features without an ISO code (Kosovo...) have none. */
export function mapCountryCodes(): Set<string> {
	const codes = new Set<string>();
	for (const geometry of worldTopology.objects.countries.geometries) {
		const code = alpha3OfFeatureId(geometry.id);
		if (code) codes.add(code);
	}
	return codes;
}
