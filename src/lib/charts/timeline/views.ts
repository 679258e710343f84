/**
 * What each timeline state shows: the time window (with the quiet winter of 2022-23 compressed
 * in the full view), the events it emphasises and the events it labels. Editorial choices,
 * kept apart from the layout code; ids are checked against the dataset when the model is built.
 */
import type { TimelineStateId } from './states.ts';

export interface ViewSpec {
	/** Window breakpoints (ISO dates) and where each falls, in percent of the time axis. */
	window: { dates: string[]; at: number[] };
	/** The stretch of the window drawn compressed, if any (between two window dates). */
	compressed?: { from: string; to: string };
	/** Tick dates and whether their labels show the day or the month. */
	ticks: { dates: string[]; precision: 'day' | 'month' };
	/** Events drawn at full strength; the rest are faded. Empty means all. */
	emphasis: string[];
	/** Events whose titles are printed beside their marks on wide layouts; the rest show on focus. */
	labels: string[];
	/** The same on narrow (vertical) layouts, where a lane is a column a few words wide. */
	compactLabels: string[];
	/** Labels that read leftwards from their mark on wide layouts, to leave room for another. */
	leftLabels?: string[];
}

const fullWindow = {
	// Oct 2022 gets 9% of the axis, the four quiet months 6%, March to May 2023 the rest.
	window: { dates: ['2022-10-01', '2022-11-01', '2023-03-01', '2023-06-01'], at: [0, 9, 15, 100] },
	compressed: { from: '2022-11-01', to: '2023-03-01' },
	ticks: {
		dates: ['2022-10-01', '2023-03-01', '2023-04-01', '2023-05-01'],
		precision: 'month' as const
	}
};

export const VIEWS: Record<TimelineStateId, ViewSpec> = {
	overview: {
		...fullWindow,
		emphasis: [],
		labels: [
			'us-export-controls',
			'japan-export-limits',
			'micron-shares-fall-review',
			'micron-cfo-estimate',
			'cac-review-launch',
			'cac-ban'
		],
		leftLabels: ['cac-review-launch'],
		compactLabels: [
			'japan-export-limits',
			'g7-coercion-statement',
			'micron-shares-fall-review',
			'cac-review-launch',
			'cac-ban'
		]
	},
	'allied-controls': {
		...fullWindow,
		emphasis: ['us-export-controls', 'netherlands-export-limits', 'japan-export-limits'],
		labels: ['us-export-controls', 'netherlands-export-limits', 'japan-export-limits'],
		compactLabels: ['us-export-controls', 'netherlands-export-limits', 'japan-export-limits']
	},
	review: {
		window: { dates: ['2023-03-20', '2023-04-20'], at: [0, 100] },
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
		labels: [
			'cac-review-launch',
			'japan-export-limits',
			'micron-shares-fall-review',
			'micron-shares-fall-monday'
		],
		compactLabels: ['cac-review-launch', 'japan-export-limits', 'micron-shares-fall-review']
	},
	ban: {
		window: { dates: ['2023-05-01', '2023-06-01'], at: [0, 100] },
		ticks: {
			dates: ['2023-05-01', '2023-05-08', '2023-05-15', '2023-05-22', '2023-05-29'],
			precision: 'day'
		},
		emphasis: ['cac-ban', 'g7-coercion-statement', 'micron-japan-investment'],
		labels: ['micron-japan-investment', 'g7-coercion-statement', 'cac-ban'],
		compactLabels: ['micron-japan-investment', 'g7-coercion-statement', 'cac-ban']
	},
	responses: {
		window: { dates: ['2023-05-19', '2023-05-25'], at: [0, 100] },
		ticks: {
			dates: ['2023-05-19', '2023-05-20', '2023-05-21', '2023-05-22', '2023-05-23', '2023-05-24'],
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
		labels: [
			'us-commerce-objects',
			'us-state-department-concerns',
			'hoekstra-holds-line',
			'micron-assessing-next-steps',
			'china-defends-ban',
			'qin-gang-presses-dutch'
		],
		compactLabels: [
			'us-commerce-objects',
			'us-state-department-concerns',
			'micron-assessing-next-steps',
			'china-defends-ban'
		]
	}
};
