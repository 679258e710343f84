/**
 * What the build hands the map: the world as two paths, each story country's outline with its
 * emphasis per state, the zoom of each state, the labels of each state, and each country's
 * record for its details and the table. Types only: safe in the browser.
 */
import type { ChartMeta, SourceCredit } from '../chart.ts';
import type { CountryRole } from '../../build/dataset/vocabulary.ts';

export interface MapCountry {
	code: string;
	name: string;
	role: CountryRole;
	/** Every role it plays, main role first, in words. */
	roles: string[];
	did: string;
	note: string | null;
	/** Its timeline events, oldest first, with dates as the story prints them. */
	events: { id: string; title: string; date: string; iso: string }[];
	sources: SourceCredit[];
}

/** A story country on the map: its outline, and its emphasis in each state (--o), inline. */
export interface MapShape {
	code: string;
	role: CountryRole;
	/** The id of the details it opens when clicked: its own, or its group's. */
	details: string;
	d: string;
	vars: string;
}

/** A label: a button that opens a country's (or the G7 group's) details. */
export interface MapLabel {
	key: string;
	/** The id of the popover it opens. */
	target: string;
	/** What it says: the name, or a short form on narrow panels. */
	text: string;
	/** The full name, for assistive technology where `text` is short. */
	name: string;
	role: CountryRole;
	/** A 24 px dot that names its country on hover and focus, instead of the name. */
	dot: boolean;
	/** Whether a marker shows the point the label is set away from. */
	marker: boolean;
	/** Where it sits (and, on the world map, the state it shows in), inline. */
	vars: string;
}

/** What one drawing of the map holds: land, borders, the story countries and their labels. */
export interface MapArea {
	land: string;
	borders: string;
	shapes: MapShape[];
	labels: MapLabel[];
}

export interface ControlsMapModel {
	/** The whole map's coordinate space, in map units. */
	size: [width: number, height: number];
	/** Wide layouts: the world, zoomed to each state (--z, inline on its group). */
	world: MapArea & { zoom: string };
	/** Narrow layouts: regional panels, each cut to its window (`viewBox`, in map units). */
	regions: (MapArea & {
		id: string;
		viewBox: string;
		/** Its natural size, in map units: the SVG's width and height where CSS does not load. */
		size: [width: number, height: number];
		aspect: number;
		full: boolean;
	})[];
	countries: MapCountry[];
	/** The other G7 members, drawn in outline and described as one group. */
	g7: { label: string; detail: string; members: string[] };
	legend: { role: CountryRole; label: string }[];
	css: string;
}

export interface ControlsMapChart {
	meta: ChartMeta;
	model: ControlsMapModel;
}
