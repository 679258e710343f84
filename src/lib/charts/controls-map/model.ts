/**
 * What the build hands the map: its geometry once (land, borders, each story country), and the
 * views that draw it: the world zoomed to each state's window (wide, and on phones for the
 * states about one country), the regional panels phones show otherwise, each with its labels;
 * each country's emphasis per state, and its record for its details and the table. Types only.
 */
import type { ChartMeta, SourceCredit } from '../chart.ts';
import type { CountryRole } from '../../build/dataset/vocabulary.ts';

/** A part of the map, [x, y, width, height] in map units. */
export type MapWindow = [x: number, y: number, width: number, height: number];

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

/** A story country's outline, drawn once and used by every drawing of the map. */
export interface MapShape {
	code: string;
	role: CountryRole;
	/** The id of the details it opens when clicked: its own, or its group's. */
	details: string;
	d: string;
}

/** A label: a button at a point of the map that opens a country's (or the group's) details. */
export interface MapLabel {
	/** The country's code, or the group's. */
	id: string;
	/** The point it labels, in map units. */
	at: [x: number, y: number];
	/** Where its centre sits from that point, in px; a marker then shows the point. */
	offset: [dx: number, dy: number];
	/** The id of the popover it opens. */
	target: string;
	/** What it says: the name, or a short form on phones. */
	text: string;
	/** The full name, for assistive technology where `text` is short. */
	name: string;
	role: CountryRole;
	/** A 24 px dot that names its country on hover and focus, instead of the name. */
	dot: boolean;
}

/** A window of the map with its labels: a state's view, or a phone's regional panel. */
export interface MapView {
	/** A state's id, or a panel's. */
	id: string;
	window: MapWindow;
	labels: MapLabel[];
}

export interface ControlsMapModel {
	/** The whole map's coordinate space, in map units. */
	size: [width: number, height: number];
	/** Drawn once, used by every drawing. */
	geometry: { land: string; borders: string; shapes: MapShape[] };
	/** Wide layouts: the world, zoomed to each state's window. */
	wide: MapView[];
	/** Phones: the world zoomed to each state about one country or region, in a box this shape. */
	phone: { views: MapView[]; aspect: number };
	/** Phones, in the other states: regional panels, and the story countries each frames. */
	regions: (MapView & { aspect: number; full: boolean; codes: string[] })[];
	/** How strongly each state draws each country: 1, or less where it sets one back. */
	emphasis: Record<string, Record<string, number>>;
	countries: MapCountry[];
	/** The other G7 members, drawn in outline and described as one group. */
	g7: { label: string; detail: string; members: string[] };
	legend: { role: CountryRole; label: string }[];
	/** The layout's numbers as the CSS reads them (layout.ts). */
	layout: string;
}

export interface ControlsMapChart {
	meta: ChartMeta;
	model: ControlsMapModel;
}
