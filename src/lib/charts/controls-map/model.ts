/**
 * Builds the map of allied controls from the dataset at build time: each country's role,
 * record, anchor and label placements, and each state's window. The geometry itself ships
 * once, as /charts/world.svg; nothing here carries path data.
 */
import { formatDate } from '../../format.ts';
import type { Dataset } from '../../data/schema.ts';
import { COUNTRY_ROLES, type CountryRole } from '../../data/vocabulary.ts';
import type { ChartMeta, SourceCredit } from '../chart.ts';
import { creditsFor, sourceLabel } from '../credits.ts';
import { buildViews, type MapView } from './map-views.ts';
import { MAP_WIDTH, mapProjection, worldFeatures } from './projection.ts';
import { measureShape, type Bounds, type Point } from './shapes.ts';

export type { MapView };

/** How each role is named in the legend, the details and the table (our words). */
export const ROLE_LABELS: Record<CountryRole, string> = {
	'controls-on-china': 'Controls on chip technology for China',
	'target-and-retaliator': 'Target of the controls; banned Micron',
	'alternative-supplier': 'Alternative supplier',
	'g7-partner': 'G7 partner: signed the statement'
};

/** Shorter names for narrow maps, where the full name would be wider than the country. */
const SHORT_NAMES: Record<string, string> = { USA: 'US', GBR: 'UK', KOR: 'S. Korea' };

export interface MapCountry {
	code: string;
	name: string;
	/** The label on narrow maps; the button still says the full name to assistive technology. */
	shortName: string;
	role: CountryRole;
	/** Every role it plays, main role first, as legend labels. */
	roles: string[];
	did: string;
	note: string | null;
	/** Its timeline events, oldest first, with dates as the story prints them. */
	events: { id: string; title: string; date: string; iso: string }[];
	sources: SourceCredit[];
	/** A point well inside its main landmass, in map units. */
	anchor: Point;
	/** Its main landmass, in map units. */
	main: Bounds;
}

export interface ControlsMapModel {
	/** The map's coordinate space: width and height in map units. */
	size: [width: number, height: number];
	countries: MapCountry[];
	views: MapView[];
	legend: { role: CountryRole; label: string }[];
}

export function controlsMapChart(dataset: Dataset): { meta: ChartMeta; model: ControlsMapModel } {
	const features = worldFeatures();
	const { projection, height } = mapProjection(features);
	const size: [number, number] = [MAP_WIDTH, height];
	const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
	const eventById = new Map(dataset.events.map((e) => [e.id, e]));

	// Other spots a label may take on each country: used for placement, not shipped.
	const spots = new Map<string, Point[]>();
	const countries: MapCountry[] = dataset.countries.map((country) => {
		const shape = features.find((f) => f.id === country.code);
		if (!shape) throw new Error(`Country ${country.code} is not on the map`);
		const measured = measureShape(shape.feature, projection);
		spots.set(country.code, measured.spots);
		const events = country.events
			.map((id) => eventById.get(id))
			.filter((e) => e !== undefined)
			.sort((a, b) => a.date.localeCompare(b.date));
		const cited = new Set(
			[...country.sources, ...events.flatMap((e) => e.sources)].map((c) => c.source)
		);
		return {
			code: country.code,
			name: country.name,
			shortName: SHORT_NAMES[country.code] ?? country.name,
			role: country.role,
			roles: [country.role, ...(country.otherRoles ?? [])].map((role) => ROLE_LABELS[role]),
			did: country.did,
			note: country.note ?? null,
			events: events.map((e) => ({
				id: e.id,
				title: e.title,
				date: formatDate(e.date, e.datePrecision, e.dateBasis.method === 'context'),
				iso: e.date
			})),
			sources: dataset.sources
				.filter((s) => cited.has(s.id))
				.map((s) => ({ id: s.id, label: sourceLabel(sourceById.get(s.id) ?? s) })),
			anchor: measured.anchor,
			main: measured.main
		};
	});

	const views = buildViews(countries, {
		size,
		projection,
		shapes: new Map(features.map((f) => [f.id, f.feature])),
		spots
	});

	const meta: ChartMeta = {
		name: 'controls-map',
		title: 'Who restricts chips for China, and who answered',
		description:
			'A world map of the countries in the Micron story, coloured and patterned by their part in it: the United States, Japan and the Netherlands, which restrict sales of advanced chip technology to China; China, which reviewed and then banned Micron products; South Korea, home of the rival memory makers Chinese buyers could turn to; and the other G7 members, which joined a statement against economic coercion. Select a country to see what it did, when, and which articles report it.',
		note: 'Canada, France, Germany, Italy and the United Kingdom are shown because they belong to the G7, which issued the statement; the articles report no measures of their own. The articles do not list the G7 members: membership is public record. Borders are Natural Earth’s 1:110m outlines; disputed areas, Taiwan among them, are drawn as that data has them, in neutral grey.',
		sources: creditsFor(
			[
				...dataset.countries,
				...dataset.events.filter((e) => dataset.countries.some((c) => c.events.includes(e.id)))
			],
			dataset.sources
		),
		dataFiles: ['countries.csv', 'countries.json']
	};

	return {
		meta,
		model: {
			size,
			countries,
			views,
			legend: COUNTRY_ROLES.map((role) => ({ role, label: ROLE_LABELS[role] }))
		}
	};
}
