/**
 * The map's layout numbers, in one place: the build frames its windows with them, and the CSS
 * reads them from the custom properties `layoutCss()` writes.
 */

/** Chart widths below this are narrow (phones): in rem, so it follows the reader's font size. */
const NARROW_BELOW = '35rem';

/**
 * On a phone, a view that zooms shows its window in a box of this width over height: about as
 * tall as the regional panels the overview shows, so the map keeps one height.
 */
export const PHONE_ASPECT = 1.3;

/** Padding around what a phone panel frames, as a share of its size. */
export const PANEL_PAD = 0.08;

type Tier = 'wide' | 'narrow';

/** The key: in a row when wide, two columns when narrow. */
const LEGEND_COLUMNS: Record<Tier, string> = {
	wide: 'repeat(auto-fill,minmax(15rem,max-content))',
	// Two columns, one when a reader's large text leaves no room for two (7rem each).
	narrow: 'repeat(auto-fit,minmax(min(100%,max(7rem,45%)),1fr))'
};

/**
 * The custom properties the chart's CSS reads, on every part of its figure: which tier is drawn,
 * switched by the one container query that names the breakpoint (see the timeline's layout.ts
 * for the same scheme: `--on-*` are 1 or 0 for `calc()`, `--*-only` are `none` where hidden).
 */
export function layoutCss(): string {
	const tier = (name: Tier) => {
		const on = (t: Tier) => (name === t ? 1 : 0);
		return (
			`--on-wide:${on('wide')};--on-narrow:${on('narrow')};--legend-columns:${LEGEND_COLUMNS[name]};` +
			`--wide-only:${on('wide') ? 'initial' : 'none'};--narrow-only:${on('narrow') ? 'initial' : 'none'}`
		);
	};
	const root = '[data-chart="controls-map"]>*';
	return `${root}{${tier('wide')}}@container chart (width < ${NARROW_BELOW}){${root}{${tier('narrow')}}}`;
}
