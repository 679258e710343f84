/**
 * What each timeline state shows: the stretches of time on its axis, its ticks, the events it
 * puts forward and labels, and the bursts of events it draws as one labelled group. Editorial
 * choices, kept apart from the geometry; every event id is checked against the dataset.
 */
import type { Dataset } from '../../../build/dataset/schema.ts';
import type { Problem } from '../../../build/problems.ts';

/** The timeline's states, in reading order. */
export const STATES = ['overview', 'allied-controls', 'review', 'ban', 'responses'] as const;
export type State = (typeof STATES)[number];

/** Its own words in data/charts.aml; {count}, {span} and {months} are filled in by its build. */
export const WORDS = [
	'lane-allies',
	'lane-micron',
	'lane-china',
	'group',
	'group-when',
	'gap',
	'legend-month',
	'legend-approximate',
	'legend-record',
	'legend-gap'
] as const;
export const LOCALS = ['count', 'span', 'months'] as const;

export interface TimelineViewSpec {
	/** Stretches of time on the axis, [first day, day after the last); a break between each two. */
	stretches: [from: string, to: string][];
	/** Tick dates, and whether their labels give the day or the month. */
	ticks: { dates: string[]; precision: 'day' | 'month' };
	/** Events drawn at full strength; the rest are faded. Empty means all. */
	emphasis: string[];
	/**
	 * Bursts of events drawn as one band with a count, [first day, day after the last): their
	 * marks hide, except those kept, so a phone shows what happened instead of a stack of dots.
	 */
	groups: { from: string; to: string; keep: string[] }[];
	/** Events labelled: beside their marks when wide, in a numbered list when narrow. */
	labels: string[];
	/** Month bars that span the whole window: at this zoom they say nothing, and are left out. */
	omit?: string[];
}

const wholePeriod = {
	stretches: [
		['2022-10-01', '2022-11-01'],
		['2023-03-01', '2023-06-01']
	] as [string, string][],
	ticks: {
		dates: ['2022-10-01', '2023-03-01', '2023-04-01', '2023-05-01'],
		precision: 'month' as const
	}
};

export const VIEWS: Record<State, TimelineViewSpec> = {
	overview: {
		...wholePeriod,
		emphasis: [],
		groups: [
			{ from: '2023-03-31', to: '2023-04-04', keep: ['cac-review-launch'] },
			{ from: '2023-05-20', to: '2023-05-24', keep: ['cac-ban'] }
		],
		labels: ['us-export-controls', 'cac-review-launch', 'cac-ban']
	},
	'allied-controls': {
		...wholePeriod,
		emphasis: ['us-export-controls', 'netherlands-export-limits', 'japan-export-limits'],
		groups: [
			{ from: '2023-03-31', to: '2023-04-04', keep: ['japan-export-limits'] },
			{ from: '2023-05-20', to: '2023-05-24', keep: [] }
		],
		labels: ['us-export-controls', 'netherlands-export-limits', 'japan-export-limits']
	},
	review: {
		stretches: [['2023-03-20', '2023-04-21']],
		ticks: {
			dates: ['2023-03-20', '2023-03-27', '2023-04-03', '2023-04-10', '2023-04-17'],
			precision: 'day'
		},
		emphasis: [
			'cac-review-launch',
			'japan-export-limits',
			'micron-shares-fall-review',
			'micron-confirms-review',
			'micron-shares-fall-monday'
		],
		groups: [],
		labels: [
			'cac-review-launch',
			'japan-export-limits',
			'micron-shares-fall-review',
			'micron-shares-fall-monday'
		]
	},
	ban: {
		stretches: [['2023-05-01', '2023-06-01']],
		ticks: {
			dates: ['2023-05-01', '2023-05-08', '2023-05-15', '2023-05-22', '2023-05-29'],
			precision: 'day'
		},
		emphasis: ['cac-ban', 'g7-coercion-statement', 'micron-japan-investment'],
		groups: [{ from: '2023-05-21', to: '2023-05-24', keep: ['cac-ban'] }],
		labels: ['micron-japan-investment', 'g7-coercion-statement', 'cac-ban']
	},
	responses: {
		stretches: [['2023-05-19', '2023-05-25']],
		omit: ['micron-japan-investment'],
		ticks: {
			dates: ['2023-05-20', '2023-05-21', '2023-05-22', '2023-05-23', '2023-05-24'],
			precision: 'day'
		},
		emphasis: [
			'biden-narrow-technologies',
			'micron-assessing-next-steps',
			'us-commerce-objects',
			'micron-cfo-estimate',
			'us-state-department-concerns',
			'china-defends-ban',
			'qin-gang-presses-dutch',
			'hoekstra-holds-line'
		],
		groups: [],
		labels: [
			'biden-narrow-technologies',
			'micron-assessing-next-steps',
			'micron-cfo-estimate',
			'us-commerce-objects',
			'us-state-department-concerns',
			'hoekstra-holds-line',
			'china-defends-ban',
			'qin-gang-presses-dutch'
		]
	}
};

/** Every event a view names must be in the dataset. */
export function checkViews(dataset: Dataset): Problem[] {
	const known = new Set(dataset.events.map((e) => e.id));
	return STATES.flatMap((state) => {
		const spec = VIEWS[state];
		const named = [
			...spec.emphasis,
			...spec.labels,
			...(spec.omit ?? []),
			...spec.groups.flatMap((g) => g.keep)
		];
		return named
			.filter((id) => !known.has(id))
			.map((id) => ({
				file: 'src/lib/charts/timeline/build/views.ts',
				record: state,
				recordKind: 'state',
				message: `names the event "${id}", which data/events.yaml does not have`
			}));
	});
}
