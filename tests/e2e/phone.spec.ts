/**
 * Phone first (issue 13): on the smallest phones, every step of every chart section is read with
 * its chart. For each step there must be a moment, while the reader scrolls, when the chart shows
 * the step's state, the whole step is on screen, and the whole plot is on screen, clear of the
 * step. A phone on its side stacks text and chart instead.
 */
import { expect, test } from './support/fixtures';

const PHONES = [
	{ width: 320, height: 568 },
	{ width: 375, height: 667 },
	{ width: 414, height: 896 }
];

for (const viewport of PHONES) {
	test(`at ${viewport.width} x ${viewport.height}, each step is read with its whole plot, in its state`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('./');
		const misses = await page.evaluate(async () => {
			const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
			const found: string[] = [];
			for (const step of document.querySelectorAll<HTMLElement>('li[data-step]')) {
				const figure = step
					.closest('[data-steps]')
					?.parentElement?.querySelector<HTMLElement>('figure[data-chart]');
				const plot = figure?.querySelector<HTMLElement>('[data-plot]');
				if (!figure || !plot) {
					found.push(`${step.id}: no chart`);
					continue;
				}
				// From the step entering at the bottom to leaving at the top, 12 px at a time (a moment
				// shorter than that is none a reader would find).
				const start = step.getBoundingClientRect().top + scrollY - innerHeight;
				let seen = false;
				for (let y = start; y < start + innerHeight + step.offsetHeight && !seen; y += 12) {
					scrollTo(0, y);
					await frame();
					await frame();
					const s = step.getBoundingClientRect();
					const p = plot.getBoundingClientRect();
					seen =
						figure.dataset.state === step.dataset.state &&
						s.top >= 0 &&
						s.bottom <= innerHeight &&
						p.top >= 0 &&
						p.bottom <= innerHeight &&
						(p.bottom <= s.top || s.bottom <= p.top || p.right <= s.left || s.right <= p.left);
				}
				if (!seen) found.push(`${step.id} (${Math.round(step.offsetHeight)} px tall)`);
			}
			return found;
		});
		expect(misses, 'steps never read with their chart').toEqual([]);
	});
}

for (const viewport of PHONES) {
	test(`at ${viewport.width}px each chart's title is read whole on the way in, before it slides away`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('./');
		// The title's words against its box (the box clips, and its text sits at the bottom).
		const cut = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('figure[data-chart] .chart-title')].flatMap(
				(title) => {
					const words = document.createRange();
					words.selectNodeContents(title);
					const text = words.getBoundingClientRect();
					const box = title.getBoundingClientRect();
					return text.top < box.top - 1 || text.bottom > box.bottom + 1
						? [`${title.textContent?.trim()}: ${Math.round(text.height)} px in ${box.height}`]
						: [];
				}
			)
		);
		expect(cut, 'titles cut').toEqual([]);
	});
}

test('a phone on its side stacks each chart and its steps, with nothing stuck over the text', async ({
	page
}) => {
	await page.setViewportSize({ width: 740, height: 360 });
	await page.goto('./');
	for (const name of ['timeline', 'revenue', 'controls-map']) {
		const figure = page.locator(`figure[data-chart="${name}"]`);
		await expect(figure).toHaveCSS('position', 'static');
	}
	const sideways = await page.evaluate(
		() => document.documentElement.scrollWidth > document.documentElement.clientWidth
	);
	expect(sideways).toBe(false);
});
