/**
 * Builds the map of allied controls at build time: each story country's record, and two ways to
 * draw them. Wide: the world's land and borders, zoomed to each state's window by a CSS
 * transform, with that state's labels. Narrow: three regional panels cut from the same geometry
 * at the scale each region needs. Per-state values are custom properties (charts/state-css.ts).
 */
import type { GeoPermissibleObjects } from 'd3-geo';
import type {
	ControlsMapChart,
	ControlsMapModel,
	MapCountry,
	MapLabel,
	MapShape
} from '../model.ts';
import { stateCss, stateVars } from '../../build/state-css.ts';
import type { Dataset } from '../../../build/dataset/schema.ts';
import { COUNTRY_ROLES } from '../../../build/dataset/vocabulary.ts';
import { datedAs } from '../../../format.ts';
import type { FrameWords } from '../../../build/copy/frame.ts';
import {
	clippedPath,
	mapProjection,
	measureShape,
	worldFeatures,
	worldShapes
} from './projection.ts';
import {
	inWindow,
	unionOf,
	windowAround,
	zoomTo,
	type Bounds,
	type MapWindow,
	type Point
} from './windows.ts';
import type { ChartWords } from '../../../build/copy/chart-words.ts';
import { creditsFor } from '../../build/credits.ts';
import { G7, REGIONS, STATES, VIEWS, WORDS, type LabelSpec, type State } from './views.ts';

/** Shorter names for the narrow panels, where a full one would cover its country. */
const SHORT = ['USA', 'KOR', 'NLD'] as const;

export function controlsMapChart(
	dataset: Dataset,
	copy: ChartWords<(typeof WORDS)[number]>,
	frame: FrameWords
): ControlsMapChart {
	const features = worldFeatures();
	const { projection, height } = mapProjection(features);
	const size: [number, number] = [1000, height];
	const world = worldShapes();
	const geometry = new Map(
		dataset.countries.map((country) => {
			const shape = features.find((f) => f.id === country.code);
			if (!shape) throw new Error(`Country ${country.code} is not on the map`);
			return [country.code, { feature: shape.feature, ...measureShape(shape.feature, projection) }];
		})
	);
	const known = (state: string, code: string) => {
		if (!geometry.has(code) && code !== G7) {
			throw new Error(`Map ${state} names unknown country "${code}"`);
		}
	};
	const framing = (codes: readonly string[]): Bounds | null =>
		codes.length ? unionOf(codes.map((code) => geometry.get(code)?.main as Bounds)) : null;
	const emphasis = (code: string) =>
		stateVars({
			o: Object.fromEntries(
				STATES.map((state) => {
					const { emphasis: put } = VIEWS[state];
					return [state, put === 'all' || put.includes(code) ? 1 : 0.35];
				})
			)
		});
	/** The story countries, each cut to a window (or whole). */
	const shapesIn = (window: MapWindow): MapShape[] =>
		dataset.countries.map((country) => ({
			code: country.code,
			role: country.role,
			details: `controls-map-details-${country.role === 'g7-partner' ? G7 : country.code}`,
			d: clippedPath(
				geometry.get(country.code)?.feature as GeoPermissibleObjects,
				projection,
				window
			),
			vars: emphasis(country.code)
		}));
	const pathsIn = (window: MapWindow) => ({
		land: clippedPath(world.land, projection, window),
		borders: clippedPath(world.borders, projection, window),
		shapes: shapesIn(window)
	});

	const countries: MapCountry[] = dataset.countries.map((country) => {
		const events = country.events
			.map((id) => dataset.events.find((e) => e.id === id))
			.filter((e) => e !== undefined)
			.sort((a, b) => a.date.localeCompare(b.date));
		return {
			code: country.code,
			name: country.name,
			role: country.role,
			roles: [country.role, ...(country.otherRoles ?? [])].map((role) => copy.text(`role-${role}`)),
			did: country.did,
			note: country.note ?? null,
			events: events.map((e) => ({
				id: e.id,
				title: e.title,
				date: datedAs(
					e.date,
					e.datePrecision,
					e.dateBasis.method === 'context' ? frame.dates.about : null
				),
				iso: e.date
			})),
			sources: creditsFor([country, ...events], dataset.sources, frame)
		};
	});

	/** A label of a window: where it sits, in percent of its box, and what it opens. */
	const label = (where: string, window: MapWindow, spec: LabelSpec, short = false): MapLabel => {
		known(where, spec.id);
		const g7 = spec.id === G7;
		if (g7 && !spec.at) throw new Error(`Map ${where}: the label of a group needs a point ("at")`);
		const country = countries.find((c) => c.code === spec.id);
		const point: Point = spec.at
			? ((projection(spec.at) ?? [0, 0]).map((v) => Math.round(v * 10) / 10) as Point)
			: (geometry.get(spec.id)?.anchor as Point);
		const [x, y] = inWindow(point, window);
		if (x < 0 || x > 100 || y < 0 || y > 100) {
			throw new Error(`Map ${where}: the label of ${spec.id} points outside the window`);
		}
		const [dx, dy] = spec.offset ?? [0, 0];
		const shortCode = SHORT.find((code) => code === spec.id);
		return {
			key: `${where}-${spec.id}`,
			target: `controls-map-details-${spec.id}`,
			text: g7
				? copy.text(short ? 'short-G7' : 'g7')
				: short && shortCode
					? copy.text(`short-${shortCode}`)
					: (country?.name ?? ''),
			name: g7 ? copy.text('g7') : (country?.name ?? ''),
			role: g7 ? 'g7-partner' : (country?.role ?? 'g7-partner'),
			dot: spec.dot ?? false,
			marker: dx !== 0 || dy !== 0,
			vars: `--x:${x}%;--y:${y}%;--dx:${dx}px;--dy:${dy}px`
		};
	};

	const windows = Object.fromEntries(
		STATES.map((state) => {
			const spec = VIEWS[state];
			spec.about.forEach((code) => known(`state "${state}"`, code));
			return [state, windowAround(framing(spec.about), spec.minWidth, size, { pad: spec.pad })];
		})
	) as Record<State, MapWindow>;

	const model: ControlsMapModel = {
		size,
		world: {
			...pathsIn([0, 0, size[0], size[1]]),
			zoom: stateVars({
				z: Object.fromEntries(STATES.map((s) => [s, zoomTo(windows[s], size[0])]))
			}),
			labels: STATES.flatMap((state) =>
				VIEWS[state].labels.map((spec) => {
					const placed = label(`state "${state}"`, windows[state], spec);
					return {
						...placed,
						key: `${state}-${spec.id}`,
						vars: `${placed.vars};${stateVars({ disp: { [state]: 'block' } })}`
					};
				})
			)
		},
		regions: REGIONS.map((region) => {
			region.about.forEach((code) => known(`region "${region.id}"`, code));
			const window = windowAround(framing(region.about), 0, size, {
				aspect: region.aspect,
				pad: 0.08
			});
			return {
				id: region.id,
				viewBox: window.join(' '),
				size: [Math.round(window[2]), Math.round(window[3])],
				aspect: region.aspect,
				full: region.full,
				...pathsIn(window),
				labels: region.labels.map((spec) => label(`region "${region.id}"`, window, spec, true))
			};
		}),
		countries,
		g7: {
			label: copy.text('g7'),
			detail: copy.text('g7-detail'),
			members: dataset.countries.filter((c) => c.role === 'g7-partner').map((c) => c.name)
		},
		// The legend's outline stands for the G7 members with no measures: the group's own name.
		legend: COUNTRY_ROLES.map((role) => ({
			role,
			label: role === 'g7-partner' ? copy.text('g7') : copy.text(`role-${role}`)
		})),
		css: stateCss('controls-map', STATES, ['z', 'o', 'disp'])
	};

	return {
		meta: copy.meta(
			creditsFor(
				[
					...dataset.countries,
					...dataset.events.filter((e) => dataset.countries.some((c) => c.events.includes(e.id)))
				],
				dataset.sources,
				frame
			),
			['countries.csv', 'countries.json']
		),
		model
	};
}
