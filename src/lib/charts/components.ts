/**
 * The component that draws each chart, by its name: the one implementation the story, embeds,
 * cards and pictures all use. Typed against the registry, so a chart without its component, or
 * a component for the wrong data, is a compile error.
 */
import type { Component } from 'svelte';
import type { ChartProps } from './chart.ts';
import ControlsMap from './controls-map/ControlsMap.svelte';
import type { ChartName, Charts } from './registry.ts';
import Revenue from './revenue/Revenue.svelte';
import Timeline from './timeline/Timeline.svelte';

export const COMPONENTS: { [N in ChartName]: Component<ChartProps<Charts[N]>> } = {
	timeline: Timeline,
	revenue: Revenue,
	'controls-map': ControlsMap
};
