/** The ids of the map's geometry, drawn once (MapGeometry) and used by every drawing. */
export const geometryId = (part: 'land' | 'borders') => `controls-map-${part}`;
export const shapeId = (code: string) => `controls-map-shape-${code}`;
/** The class every drawing of a country carries: its emphasis is set per state by it. */
export const countryClass = (code: string) => `cm-${code}`;
