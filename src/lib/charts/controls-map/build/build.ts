/**
 * Builds the map of allied controls at build time: its geometry once (land, borders, each story
 * country's outline, as path data), the window each state frames (wide, and on phones for the
 * states about one country), the regional panels phones show otherwise, the labels of each,
 * every country's emphasis per state, and each country's record. The components draw the
 * geometry once and use it in every drawing.
 */
import { geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { ChartWords } from '../../../build/copy/chart-words.ts';
import type { FrameWords } from '../../../build/copy/frame.ts';
import type { Dataset } from '../../../build/dataset/schema.ts';
import { COUNTRY_ROLES } from '../../../build/dataset/vocabulary.ts';
import { datedAs } from '../../../format.ts';
import { creditsFor } from '../../build/credits.ts';
import { layoutCss, PANEL_PAD, PHONE_ASPECT } from '../layout.ts';
import type {
	ControlsMapChart,
	ControlsMapModel,
	MapCountry,
	MapLabel,
	MapWindow
} from '../model.ts';
import {
	MAP_WIDTH,
	mapProjection,
	measureShape,
	pathData,
	worldFeatures,
	worldShapes
} from './projection.ts';
import { G7, REGIONS, STATES, VIEWS, WORDS, type LabelSpec } from './views.ts';
import { unionOf, windowAround, type Bounds, type Point } from './windows.ts';

type Words = ChartWords<(typeof WORDS)[number]>;

/** Shorter names for phones, where a full one would cover its country. */
const SHORT = ['USA', 'KOR', 'NLD'] as const;
/** How a country a state sets back is drawn. */
const SET_BACK = 0.35;

const detailsOf = (code: string) => `controls-map-details-${code}`;

function countryRecords(dataset: Dataset, words: Words, frame: FrameWords): MapCountry[] {
	return dataset.countries.map((country) => {
		const events = country.events
			.map((id) => dataset.events.find((e) => e.id === id))
			.filter((e) => e !== undefined)
			.sort((a, b) => a.date.localeCompare(b.date));
		return {
			code: country.code,
			name: country.name,
			role: country.role,
			roles: [country.role, ...(country.otherRoles ?? [])].map((role) => words.text(`role-${role}`)),
			did: country.did,
			note: country.note ?? null,
			events: events.map((e) => ({
				id: e.id,
				title: e.title,
				date: datedAs(e.date, e.datePrecision, e.dateBasis.method === 'context' ? frame.dates.about : null),
				iso: e.date
			})),
			sources: creditsFor([country, ...events], dataset.sources, frame)
		};
	});
}

/** The map's projection and what the build measures of the story's countries. */
function mapOf(dataset: Dataset) {
	const features = worldFeatures();
	const { projection, height } = mapProjection(features);
	const shape = (code: string) => {
		const found = features.find((f) => f.id === code);
		if (!found) throw new Error(`Country ${code} is not on the map`);
		return found.feature as GeoPermissibleObjects & Parameters<typeof measureShape>[0];
	};
	const measured = new Map(
		dataset.countries.map((c) => [c.code, measureShape(shape(c.code), projection)])
	);
	return {
		projection,
		shape,
		measured,
		size: [MAP_WIDTH, height] as [number, number],
		/** The bounds of the main landmasses of `codes`, or none for the whole map. */
		framing: (codes: readonly string[]): Bounds | null =>
			codes.length ? unionOf(codes.map((code) => measured.get(code)?.main as Bounds)) : null
	};
}
type WorldMap = ReturnType<typeof mapOf>;

/** A label of a window: the point it labels, and what it says and opens. */
function labeller(map: WorldMap, countries: MapCountry[], words: Words) {
	return (where: string, window: MapWindow, spec: LabelSpec, short: boolean): MapLabel => {
		const g7 = spec.id === G7;
		if (g7 && !spec.at) throw new Error(`Map ${where}: the label of a group needs a point ("at")`);
		const at = spec.at
			? ((map.projection(spec.at) ?? [0, 0]).map((v) => Math.round(v * 10) / 10) as Point)
			: (map.measured.get(spec.id)?.anchor as Point);
		const [x, y, w, h] = window;
		if (at[0] < x || at[0] > x + w || at[1] < y || at[1] > y + h) {
			throw new Error(`Map ${where}: the label of ${spec.id} points outside the window`);
		}
		const country = countries.find((c) => c.code === spec.id);
		const shortCode = short ? SHORT.find((code) => code === spec.id) : undefined;
		const name = g7 ? words.text('g7') : (country?.name ?? '');
		return {
			id: spec.id,
			at,
			offset: spec.offset ?? [0, 0],
			target: detailsOf(spec.id),
			text: g7 && short ? words.text('short-G7') : shortCode ? words.text(`short-${shortCode}`) : name,
			name,
			role: g7 ? 'g7-partner' : (country?.role ?? 'g7-partner'),
			dot: spec.dot ?? false
		};
	};
}

/** The wide views, the phone's zoomed views and the phone's regional panels, each labelled. */
function viewsOf(
	map: WorldMap,
	dataset: Dataset,
	label: ReturnType<typeof labeller>
): Pick<ControlsMapModel, 'wide' | 'phone' | 'regions'> {
	const view = (id: string, window: MapWindow, labels: readonly LabelSpec[], short: boolean) => ({
		id,
		window,
		labels: labels.map((spec) => label(`view "${id}"`, window, spec, short))
	});
	/** Whether a country shows in a window: its bounds cross it. */
	const crosses = (code: string, [x, y, w, h]: MapWindow) => {
		const [[x0, y0], [x1, y1]] = geoPath(map.projection).bounds(map.shape(code));
		return x0 < x + w && x1 > x && y0 < y + h && y1 > y;
	};
	return {
		wide: STATES.map((state) => {
			const spec = VIEWS[state];
			const window = windowAround(map.framing(spec.about), spec.minWidth, map.size, { pad: spec.pad });
			return view(state, window, spec.labels, false);
		}),
		phone: {
			aspect: PHONE_ASPECT,
			views: STATES.flatMap((state) => {
				const { about, pad, phone, labels } = VIEWS[state];
				if (!phone) return [];
				const window = windowAround(map.framing(about), phone.minWidth, map.size, {
					aspect: PHONE_ASPECT,
					pad
				});
				return [view(state, window, phone.labels ?? labels, true)];
			})
		},
		regions: REGIONS.map((region) => {
			const window = windowAround(map.framing(region.about), 0, map.size, {
				aspect: region.aspect,
				pad: PANEL_PAD
			});
			return {
				...view(region.id, window, region.labels, true),
				aspect: region.aspect,
				full: region.full,
				codes: dataset.countries.map((c) => c.code).filter((code) => crosses(code, window))
			};
		})
	};
}

/** How strongly each state draws each country. */
function emphasisOf(dataset: Dataset): ControlsMapModel['emphasis'] {
	return Object.fromEntries(
		STATES.map((state) => {
			const put = VIEWS[state].emphasis;
			const of = (code: string) => (put === 'all' || put.includes(code) ? 1 : SET_BACK);
			return [state, Object.fromEntries(dataset.countries.map((c) => [c.code, of(c.code)]))];
		})
	);
}

export function controlsMapChart(dataset: Dataset, words: Words, frame: FrameWords): ControlsMapChart {
	const map = mapOf(dataset);
	const countries = countryRecords(dataset, words, frame);
	const world = worldShapes();
	const mapped = dataset.events.filter((e) => dataset.countries.some((c) => c.events.includes(e.id)));
	return {
		meta: words.meta(creditsFor([...dataset.countries, ...mapped], dataset.sources, frame), [
			'countries.csv',
			'countries.json'
		]),
		model: {
			size: map.size,
			geometry: {
				land: pathData(world.land, map.projection),
				borders: pathData(world.borders, map.projection),
				shapes: dataset.countries.map((c) => ({
					code: c.code,
					role: c.role,
					details: detailsOf(c.role === 'g7-partner' ? G7 : c.code),
					d: pathData(map.shape(c.code), map.projection)
				}))
			},
			...viewsOf(map, dataset, labeller(map, countries, words)),
			emphasis: emphasisOf(dataset),
			countries,
			g7: {
				label: words.text('g7'),
				detail: words.text('g7-detail'),
				members: dataset.countries.filter((c) => c.role === 'g7-partner').map((c) => c.name)
			},
			// The legend's outline stands for the G7 members with no measures: the group's own name.
			legend: COUNTRY_ROLES.map((role) => ({
				role,
				label: role === 'g7-partner' ? words.text('g7') : words.text(`role-${role}`)
			})),
			layout: layoutCss()
		}
	};
}
