/**
 * The timeline's layout numbers, in one place: the build plans with them, and the chart's CSS
 * reads them from the custom properties `layoutCss()` writes (so no number is kept twice).
 */

/**
 * The two layouts the build plans for, by the plot width each is checked at: narrow (phones,
 * labels in a numbered list under the plot) below `NARROW_BELOW` of chart, wide (labels beside
 * their marks) above. A row is the height one line of marks takes.
 */
export const TIERS = {
	narrow: { plotPx: 288, rowPx: 24 },
	wide: { plotPx: 528, rowPx: 42 }
} as const;
export type Tier = keyof typeof TIERS;

/** The key's dates: in a row when wide, two columns when narrow. */
/** Narrow: two columns, one when a reader's large text leaves no room for two (7rem each). */
const NARROW_LEGEND = 'repeat(auto-fit,minmax(min(100%,max(7rem,45%)),1fr))';
const LEGEND_COLUMNS: Record<Tier, string> = {
	wide: 'repeat(4,max-content)',
	narrow: NARROW_LEGEND
};

/**
 * Rows at the top of each lane for its name: none when wide (names sit in the gutter), part of
 * a row when narrow, which has no gutter, so no name sits under a mark.
 */
export const NAME_ROWS: Record<Tier, number> = { wide: 0, narrow: 0.6 };

/** Chart widths below this are narrow: in rem, so it follows the reader's font size. */
export const NARROW_BELOW = '40rem';
/** Pixels kept at the top of the plot for the labels of groups. */
export const STRIP_PX = 20;
/** Width of a break in the time axis, in percent of the plot. */
export const BREAK_WIDTH = 6;
/** A mark's target is 24 px; its box keeps a pixel either side, so boxes may touch. */
export const TARGET_PX = 26;
/** Labels beside marks: their font size, and the widest they may run before wrapping. */
export const LABEL_FONT_PX = 13;
export const LABEL_MAX_PX = 240;

/**
 * The custom properties the chart's CSS reads, on its root: the row height and row count, the
 * strip's height, and which tier is drawn, switched by the one container query that names the
 * breakpoint. `--on-wide` and `--on-narrow` are 1 or 0, to pick a tier's number in `calc()`;
 * `--wide-only` and `--narrow-only` are `none` where hidden, for `display`.
 */
export function layoutCss(rows: Record<Tier, number>): string {
	// `initial` leaves the property unset, so `display: var(--wide-only, block)` falls back.
	const tier = (name: Tier) => {
		const on = (t: Tier) => (name === t ? 1 : 0);
		return (
			`--row:${TIERS[name].rowPx}px;--rows:${rows[name]};--on-wide:${on('wide')};--on-narrow:${on('narrow')};` +
			`--legend-columns:${LEGEND_COLUMNS[name]};` +
			`--wide-only:${on('wide') ? 'initial' : 'none'};--narrow-only:${on('narrow') ? 'initial' : 'none'}`
		);
	};
	// On every part of the figure: its key and its plot.
	const root = '[data-chart="timeline"]>*';
	return (
		`${root}{--strip:${STRIP_PX}px;${tier('wide')}}` +
		`@container chart (width < ${NARROW_BELOW}){${root}{${tier('narrow')}}}`
	);
}
