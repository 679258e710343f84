/**
 * Opening a mark's details and judging where they land: wholly on screen, the heading visible,
 * beside the mark (within 24 px of it) and not over it. The three kinds of details, each
 * by every way it opens: a tap or click, the keyboard (focus and Enter) and a resting mouse. A
 * country shape opens its details by script on a click only (it is not focusable, and its
 * label, a button, is the keyboard's way to the same details).
 */
import type { Box } from './in-page';
import { closeAll, findTarget, focusAt, measureDetails, placeAt } from './in-page';
import type { Engine } from './engine';

export type Method = 'click' | 'keyboard' | 'hover';

export interface Kind {
	name: string;
	chart: 'timeline' | 'controls-map';
	/** The marks of this kind to try, in page order; the first a pointer can reach is used. */
	selector: string;
	/** What the mark is, around a point of it. */
	mark: string;
	methods: Method[];
}

export const KINDS: Kind[] = [
	{
		name: 'timeline mark',
		chart: 'timeline',
		// 21 May: the ban, at the far right of the plot on a desktop.
		selector: '[data-chart="timeline"] button[popovertarget][data-mark="cac-ban"]',
		mark: 'button[popovertarget]',
		methods: ['click', 'keyboard', 'hover']
	},
	{
		name: 'map label',
		chart: 'controls-map',
		selector: '[data-chart="controls-map"] button[popovertarget]',
		mark: 'button[popovertarget]',
		methods: ['click', 'keyboard', 'hover']
	},
	{
		name: 'country shape',
		chart: 'controls-map',
		selector: '[data-chart="controls-map"] [data-details]',
		mark: '[data-details]',
		methods: ['click']
	}
];

/** Heights of the mark in the viewport the issue asks for (the embeds are padded to allow them). */
export const FRACTIONS = [0.12, 0.45, 0.8];

const area = (b: Box) => Math.max(0, b.right - b.left) * Math.max(0, b.bottom - b.top);
const intersect = (a: Box, b: Box): Box => ({
	left: Math.max(a.left, b.left),
	top: Math.max(a.top, b.top),
	right: Math.min(a.right, b.right),
	bottom: Math.min(a.bottom, b.bottom)
});
const inside = (a: Box, b: Box) =>
	a.left >= b.left - 1 && a.top >= b.top - 1 && a.right <= b.right + 1 && a.bottom <= b.bottom + 1;
const round = (b: Box) =>
	`${Math.round(b.left)},${Math.round(b.top)}–${Math.round(b.right)},${Math.round(b.bottom)}`;

/** Opens one kind's details one way with its mark at `fraction` (null: where it is); what is wrong. */
export async function openDetails(
	engine: Engine,
	kind: Kind,
	method: Method,
	fraction: number | null
): Promise<string[]> {
	await engine.evaluate(closeAll);
	await engine.hover(1, 1);
	const target = await engine.evaluate(findTarget, kind.selector, fraction !== null);
	if (!target) return ['no mark of this kind on screen to act on'];
	const placed = await engine.evaluate(placeAt, target.x, target.y, fraction, kind.mark);
	if (!placed.mark) return ['the mark is not at its point after scrolling'];
	const { id } = target;
	if (method === 'click') await engine.click(placed.x, placed.y);
	if (method === 'hover') await engine.hover(placed.x, placed.y);
	if (method === 'keyboard') {
		if (!(await engine.evaluate(focusAt, kind.mark, placed.x, placed.y)))
			return ['could not focus the mark'];
		await engine.press('Enter');
	}
	const seen = await engine.evaluate(measureDetails, id);
	if (!seen.open || !seen.panel) return [`${id} did not open`];
	return judge(placed.mark, placed.scrollY, seen);
}

function judge(
	markAtPlace: Box,
	scrollAtPlace: number,
	seen: Awaited<ReturnType<typeof measureDetails>>
): string[] {
	const panel = seen.panel as Box;
	const shift = seen.scrollY - scrollAtPlace;
	const mark = { ...markAtPlace, top: markAtPlace.top - shift, bottom: markAtPlace.bottom - shift };
	const screen = { left: 0, top: 0, right: seen.viewport.width, bottom: seen.viewport.height };
	const shown = Math.round((100 * area(intersect(panel, screen))) / Math.max(1, area(panel)));
	const problems: string[] = [];
	if (!inside(panel, screen)) problems.push(`${shown}% on screen (panel ${round(panel)})`);
	if (!seen.heading.every((h) => h && inside(h, screen))) problems.push('heading off screen');
	const over = area(intersect(panel, mark));
	if (over > 1) problems.push(`over the mark (${Math.round(over)} px² of it covered)`);
	const gap = Math.max(
		panel.left - mark.right,
		mark.left - panel.right,
		panel.top - mark.bottom,
		mark.top - panel.bottom
	);
	if (gap > 24) problems.push(`${Math.round(gap)} px from the mark (${round(mark)})`);
	return problems;
}
