/**
 * Every label whole (issue 13): every chart in every state, at six widths, opened through its
 * embed page; no text label drawn on a chart is cut by itself or by a clipping ancestor, spills
 * out of its chart, or overlaps another label by more than a pixel.
 */
import { CHART_NAMES, CHART_STATES } from '../support/charts';
import { atRest } from './support/at-rest';
import { expect, test } from './support/fixtures';

const WIDTHS = [320, 375, 414, 768, 1024, 1280];

for (const name of CHART_NAMES) {
	test(`${name}: every label whole in every state, at ${WIDTHS.join(', ')} px`, async ({
		page
	}) => {
		const problems: string[] = [];
		// Labels are placed by CSS alone, so one load of each state serves every width; at rest
		// at once, as a reader who asks for reduced motion sees it.
		await page.emulateMedia({ reducedMotion: 'reduce' });
		for (const state of CHART_STATES[name]) {
			await page.setViewportSize({ width: WIDTHS[0] ?? 320, height: 900 });
			await page.goto(`embed/${name}/?state=${state}`);
			for (const width of WIDTHS) {
				await page.setViewportSize({ width, height: 900 });
				await atRest(page);
				const found = await page.evaluate(() => {
					const chart = document.querySelector('figure[data-chart]') as HTMLElement;
					const labels = [...chart.querySelectorAll<HTMLElement>('[data-label]')].filter(
						(el) =>
							el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) &&
							el.getClientRects().length > 0
					);
					const name = (el: HTMLElement) => `"${el.textContent?.trim().slice(0, 30)}"`;
					const out: string[] = [];
					const box = chart.getBoundingClientRect();
					const rects = labels.map((el) => el.getBoundingClientRect());
					labels.forEach((el, i) => {
						const r = rects[i] as DOMRect;
						if (
							el.scrollWidth > el.clientWidth + 1 &&
							getComputedStyle(el).overflow !== 'visible'
						) {
							out.push(`${name(el)} is cut short`);
						}
						if (
							r.left < box.left - 1 ||
							r.right > box.right + 1 ||
							r.top < box.top - 1 ||
							r.bottom > box.bottom + 1
						) {
							out.push(`${name(el)} spills out of the chart`);
						}
						for (let a = el.parentElement; a && a !== chart.parentElement; a = a.parentElement) {
							const style = getComputedStyle(a);
							if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
							const c = a.getBoundingClientRect();
							if (
								r.left < c.left - 1 ||
								r.right > c.right + 1 ||
								r.top < c.top - 1 ||
								r.bottom > c.bottom + 1
							) {
								out.push(
									`${name(el)} is clipped by <${a.tagName.toLowerCase()} class="${a.className}">`
								);
							}
						}
						labels.forEach((other, j) => {
							if (j <= i || other.contains(el) || el.contains(other)) return;
							const o = rects[j] as DOMRect;
							const x = Math.min(r.right, o.right) - Math.max(r.left, o.left);
							const y = Math.min(r.bottom, o.bottom) - Math.max(r.top, o.top);
							if (x > 1 && y > 1) out.push(`${name(el)} overlaps ${name(other)}`);
						});
					});
					return out;
				});
				problems.push(...found.map((p) => `${width}px, ${state}: ${p}`));
			}
		}
		expect(problems).toEqual([]);
	});
}
