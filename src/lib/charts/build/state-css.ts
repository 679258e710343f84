/**
 * How a chart changes state without script: every element whose look depends on the state
 * carries each state's values inline, as custom properties suffixed with the state id
 * (`--x-review: 40%`), and one generated rule per state makes those values current
 * (`--x: var(--x-review)`) under the figure's `data-state`. Setting that one attribute switches
 * the whole chart; CSS transitions do the motion. Build-time only: the rules ship as CSS.
 */

/** A value per state for one custom property; states left out take the property's fallback. */
export type PerState = Readonly<Record<string, string | number | null | undefined>>;

/** A narrower container where some properties take other values (`--y-review-narrow`). */
export interface NarrowTier {
	/** The container the query asks about (its `container-name`). */
	container: string;
	/** Widths below this are narrow: a CSS length in rem, so it follows the reader's font size. */
	below: `${number}rem`;
	/** The properties that have narrow values. */
	properties: readonly string[];
}

/**
 * Inline declarations for an element: `--x-overview:10%;--x-review:40%`. Null and undefined
 * values are left out, so the property falls back where the element's CSS gives one.
 */
export function stateVars(values: Readonly<Record<string, PerState>>, suffix = ''): string {
	return Object.entries(values)
		.flatMap(([property, byState]) =>
			Object.entries(byState)
				.filter(([, value]) => value !== null && value !== undefined)
				.map(([state, value]) => `--${property}-${state}${suffix}:${value}`)
		)
		.join(';');
}

/** `--x-review-narrow:…` for the narrow tier's values. */
export const narrowVars = (values: Readonly<Record<string, PerState>>) =>
	stateVars(values, '-narrow');

/**
 * The rules that make each state's values current for elements marked `data-v` inside a chart
 * named `name`. On a narrow container the `-narrow` values win where an element has them.
 */
export function stateCss(
	name: string,
	states: readonly string[],
	properties: readonly string[],
	narrow?: NarrowTier
): string {
	const rule = (state: string, body: string) =>
		`[data-chart="${name}"][data-state="${state}"] [data-v]{${body}}`;
	const wide = states.map((state) =>
		rule(state, properties.map((p) => `--${p}:var(--${p}-${state})`).join(';'))
	);
	if (!narrow) return wide.join('\n');
	const narrowRules = states.map((state) =>
		rule(
			state,
			narrow.properties
				.map((p) => `--${p}:var(--${p}-${state}-narrow,var(--${p}-${state}))`)
				.join(';')
		)
	);
	return [
		...wide,
		`@container ${narrow.container} (width < ${narrow.below}){${narrowRules.join('\n')}}`
	].join('\n');
}

/**
 * Rules that show, in a chart's notes (the sibling after its scope), only the elements marked
 * `data-for-state` with the figure's current state: the download links follow the chart.
 */
export function notesCss(name: string, states: readonly string[]): string {
	return states
		.map(
			(state) =>
				`.chart-scope:has(>[data-chart="${name}"][data-state="${state}"])+.chart-notes [data-for-state="${state}"]{display:inline}`
		)
		.join('\n');
}
