/** Drives the scroll probe: the story scrolled top to bottom in Chromium under CPU throttling. */
import { chromium } from '@playwright/test';
import { summariseScroll } from './scroll-stats.js';

/**
 * Loads the story, lets it settle, then scrolls it top to bottom at `speed` under `slowdown`,
 * recording every frame (requestAnimationFrame) and long task (PerformanceObserver), and
 * afterwards where the sections and steps are, so as not to force layouts while scrolling.
 * With `blocked` (the story's scripts), the page is held still: the same HTML and CSS, the
 * charts in their first states, never changing.
 * @param {string} url
 * @param {import('./settings.js').Viewport} viewport
 * @param {{ chromePath: string, args: string[], slowdown: number, speed: number,
 *   longMs: number, blocked?: string[] }} options blocked: script URLs never to load
 * @returns {Promise<import('./scroll-stats.js').ScrollResult>}
 */
export async function scrollOnce(
	url,
	viewport,
	{ chromePath, args, slowdown, speed, longMs, blocked = [] }
) {
	const browser = await chromium.launch({ executablePath: chromePath, args });
	try {
		const context = await browser.newContext({
			viewport: { width: viewport.width, height: viewport.height },
			isMobile: viewport.mobile,
			hasTouch: viewport.mobile,
			deviceScaleFactor: viewport.mobile ? 2 : 1
		});
		if (blocked.length) {
			await context.route(
				(address) => blocked.includes(address.href),
				(route) => route.abort('blockedbyclient')
			);
		}
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
		await page.waitForTimeout(1000);
		const raw = await page.evaluate(recordScroll, speed);
		return summariseScroll(`${viewport.name} ${viewport.width}x${viewport.height}`, raw, longMs);
	} finally {
		await browser.close();
	}
}

/**
 * Runs in the page. Each frame scrolls on by the time since the last one, so a slow frame
 * leaves no part of the page unvisited and the scroll takes as long as reading at `speed` does.
 * @param {number} speed CSS px per second
 * @returns {Promise<import('./scroll-stats.js').RawScroll>}
 */
async function recordScroll(speed) {
	/** @type {{ at: number, gap: number, y: number }[]} */
	const frames = [];
	/** @type {{ start: number, duration: number }[]} */
	const tasks = [];
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			tasks.push({ start: entry.startTime, duration: entry.duration });
		}
	});
	observer.observe({ type: 'longtask' });
	const started = performance.now();
	await new Promise((done) => {
		let last = 0;
		/** @param {number} now */
		const tick = (now) => {
			const gap = now - last;
			last = now;
			frames.push({ at: now, gap, y: scrollY });
			const bottom = document.documentElement.scrollHeight - innerHeight;
			const y = Math.min(bottom, scrollY + (speed * gap) / 1000);
			scrollTo({ top: y, behavior: 'instant' });
			if (y >= bottom - 1) done(undefined);
			else requestAnimationFrame(tick);
		};
		requestAnimationFrame((now) => {
			last = now;
			requestAnimationFrame(tick);
		});
	});
	const durationMs = performance.now() - started;
	// Long tasks are reported after they end; the last ones need a moment to arrive.
	await new Promise((done) => setTimeout(done, 1000));
	observer.disconnect();
	/** @param {Element} el */
	const box = (el) => {
		const rect = el.getBoundingClientRect();
		return { top: rect.top + scrollY, bottom: rect.bottom + scrollY };
	};
	const sections = [...document.querySelectorAll('section[id]')];
	return {
		frames,
		tasks,
		started,
		durationMs,
		scrolledPx: scrollY,
		layout: {
			viewportHeight: innerHeight,
			sections: sections.map((el) => ({ id: el.id, ...box(el) })),
			steps: sections.flatMap((section) =>
				[...section.querySelectorAll('li[data-step]')]
					.filter((li) => li.closest('section[id]') === section)
					.map((li, i) => ({
						section: section.id,
						step: li.getAttribute('data-step') || String(i + 1),
						...box(li)
					}))
			)
		}
	};
}
