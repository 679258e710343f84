/** What the build makes for each chart, by its public name: the components' view of the charts. */
import type { ControlsMapChart } from './controls-map/model.ts';
import type { RevenueChart } from './revenue/model.ts';
import type { TimelineChart } from './timeline/model.ts';

export interface Charts {
	timeline: TimelineChart;
	revenue: RevenueChart;
	'controls-map': ControlsMapChart;
}
