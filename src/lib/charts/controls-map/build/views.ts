/**
 * What the map shows, placed by hand and checked at six widths by a browser test that no label
 * overlaps another or leaves the map. Wide: the world, zoomed to each state's countries, with
 * that state's labels. Narrow (phones): the states about one country zoom to it too; the others
 * show three regional panels at the scale each needs, the same
 * in every state, where states change only what is put forward. Editorial choices, build-time
 * only; codes are checked against the dataset.
 */
import type { Dataset } from '../../../build/dataset/schema.ts';
import type { Problem } from '../../../build/problems.ts';

/** The map's states, in reading order. */
export const STATES = ['overview', 'allies', 'netherlands', 'japan', 'china', 'suppliers'] as const;
export type State = (typeof STATES)[number];

/** Its own words in data/charts.aml. */
export const WORDS = [
	'role-controls-on-china',
	'role-reviewed-and-banned-micron',
	'role-alternative-supplier',
	'role-g7-partner',
	'g7',
	'g7-detail',
	'short-USA',
	'short-KOR',
	'short-NLD',
	'short-G7'
] as const;

/** The other G7 members, labelled as one group. */
export const G7 = 'G7';

export interface LabelSpec {
	/** A story country's code, or G7 for the other G7 members. */
	id: string;
	/** The point it labels, [longitude, latitude], where not the country's own label point. */
	at?: [lon: number, lat: number];
	/** The label's centre, in pixels from that point; a marker then shows the point. */
	offset?: [x: number, y: number];
	/** A 24 px dot that names its country on hover and focus, instead of the name. */
	dot?: boolean;
}

export interface MapViewSpec {
	/** Countries whose main landmass the wide window frames; empty for the whole map. */
	about: readonly string[];
	/** Padding around them, as a share of their size. */
	pad?: number;
	/** Countries drawn at full strength; `all` for every story country. */
	emphasis: readonly string[] | 'all';
	/** The narrowest window, in map units (the map is 1000 wide). */
	minWidth: number;
	/** The state's labels on the wide map. */
	labels: readonly LabelSpec[];
	/**
	 * On phones, a state about one country zooms the world to it too, no narrower than this (in
	 * map units), with these labels (the wide ones where not said); without it, phones show the
	 * regional panels.
	 */
	phone?: { minWidth: number; labels?: readonly LabelSpec[] };
}

export interface RegionSpec {
	id: string;
	/** Countries the panel frames. */
	about: readonly string[];
	/** The panel's width over its height. */
	aspect: number;
	/** Whether it takes the whole row (else half). */
	full: boolean;
	labels: readonly LabelSpec[];
}

const ATLANTIC: [number, number] = [-32, 50];
const STORY = ['USA', 'CAN', 'CHN', 'JPN', 'NLD'];

export const VIEWS: Record<State, MapViewSpec> = {
	overview: {
		about: STORY,
		pad: 0.04,
		emphasis: 'all',
		minWidth: 0,
		labels: [
			{ id: 'USA' },
			{ id: 'CHN' },
			{ id: 'JPN', offset: [-34, -40] },
			{ id: 'KOR', offset: [-6, 40] },
			{ id: 'NLD', offset: [14, -34] },
			{ id: G7, at: ATLANTIC }
		]
	},
	allies: {
		about: STORY,
		pad: 0.04,
		emphasis: ['USA', 'JPN', 'NLD'],
		minWidth: 0,
		labels: [{ id: 'USA' }, { id: 'JPN', offset: [-34, -40] }, { id: 'NLD', offset: [14, -34] }]
	},
	netherlands: {
		about: ['NLD'],
		emphasis: ['NLD'],
		minWidth: 150,
		labels: [{ id: 'NLD' }, { id: G7, at: [10, 50.5] }],
		phone: { minWidth: 48, labels: [{ id: 'NLD', offset: [0, -30] }] }
	},
	japan: {
		about: ['JPN'],
		emphasis: ['JPN'],
		minWidth: 300,
		labels: [
			{ id: 'JPN', at: [139, 37.5], offset: [60, 24] },
			{ id: 'KOR', offset: [0, 30] }
		],
		phone: {
			minWidth: 110,
			labels: [
				{ id: 'JPN', at: [139, 37.5], offset: [40, 30] },
				{ id: 'KOR', offset: [-10, 30] }
			]
		}
	},
	china: {
		about: ['CHN'],
		emphasis: ['CHN'],
		minWidth: 0,
		labels: [{ id: 'CHN' }, { id: 'KOR', offset: [10, 44] }, { id: 'JPN', offset: [44, 8] }],
		phone: {
			minWidth: 330,
			labels: [{ id: 'CHN' }, { id: 'KOR', offset: [-6, 34] }, { id: 'JPN', offset: [-4, -30] }]
		}
	},
	suppliers: {
		about: ['KOR'],
		emphasis: ['KOR'],
		minWidth: 260,
		labels: [
			{ id: 'KOR', offset: [0, 30] },
			{ id: 'CHN', at: [112, 36] },
			{ id: 'JPN', at: [138, 36.5] }
		],
		phone: {
			minWidth: 120,
			labels: [
				{ id: 'KOR', offset: [0, 30] },
				{ id: 'CHN', at: [118, 36] },
				{ id: 'JPN', at: [137, 37] }
			]
		}
	}
};

export const REGIONS: readonly RegionSpec[] = [
	{
		id: 'north-america',
		about: ['USA', 'CAN'],
		aspect: 1.35,
		full: false,
		labels: [{ id: 'USA' }, { id: 'CAN' }]
	},
	{
		id: 'europe',
		about: ['GBR', 'FRA', 'DEU', 'ITA', 'NLD'],
		aspect: 1.35,
		full: false,
		labels: [
			{ id: 'NLD', offset: [0, -22] },
			{ id: G7, at: [6, 46], offset: [0, 14] }
		]
	},
	{
		id: 'east-asia',
		about: ['CHN', 'KOR', 'JPN'],
		aspect: 2.5,
		full: true,
		labels: [{ id: 'CHN' }, { id: 'KOR', offset: [-20, 36] }, { id: 'JPN', offset: [34, -28] }]
	}
];

/** Every country a view or a panel frames or labels must be in the dataset (or be the G7). */
export function checkViews(dataset: Dataset): Problem[] {
	const known = new Set([G7, ...dataset.countries.map((c) => c.code)]);
	const views = [
		...STATES.map((state) => {
			const view = VIEWS[state];
			return { kind: 'state', id: state, ...view, labels: [...view.labels, ...(view.phone?.labels ?? [])] };
		}),
		...REGIONS.map((region) => ({ kind: 'region', ...region }))
	];
	return views.flatMap(({ kind, id, about, labels }) =>
		[...about, ...labels.map((l) => l.id)]
			.filter((code, i, all) => !known.has(code) && all.indexOf(code) === i)
			.map((code) => ({
				file: 'src/lib/charts/controls-map/build/views.ts',
				record: id,
				recordKind: kind,
				message: `names the country "${code}", which data/countries.yaml does not have`
			}))
	);
}
