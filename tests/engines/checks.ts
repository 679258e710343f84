/** The spec's other checks, each driven through an Engine and returning what is wrong. */
import { execFileSync } from 'node:child_process';
import type { Engine } from './engine';
import { decodePng } from './png';

/** Scrolls the element matching `selector` (the nth) to the middle of the screen; its centre. */
function centreOf(selector: string, nth: number) {
	const el = document.querySelectorAll(selector)[nth];
	if (!el) return null;
	el.scrollIntoView({ block: 'center' });
	const r = el.getBoundingClientRect();
	return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}

async function clickOn(engine: Engine, selector: string, nth = 0): Promise<boolean> {
	const at = await engine.evaluate(centreOf, selector, nth);
	if (at) await engine.click(at.x, at.y);
	return !!at;
}

/** Clicks each stepper button in order: the chart takes its state, and only it is pressed. */
export async function stepThrough(engine: Engine, chart: string, states: readonly string[]) {
	const problems: string[] = [];
	const buttons = await engine.evaluate(() =>
		[...document.querySelectorAll('[data-stepper] button')].map(
			(b) => b.getAttribute('data-state-to') ?? ''
		)
	);
	if (buttons.join() !== states.join())
		problems.push(`buttons ${buttons.join()}, states ${states.join()}`);
	for (const [i, state] of buttons.entries()) {
		await clickOn(engine, '[data-stepper] button', i);
		const now = await engine.evaluate(
			async (name: string, wanted: string) => {
				const until = performance.now() + 2000;
				const figure = document.querySelector<HTMLElement>(`[data-chart="${name}"]`);
				while (figure?.dataset.state !== wanted && performance.now() < until) {
					await new Promise((done) => requestAnimationFrame(done));
				}
				const pressed = [...document.querySelectorAll('[data-stepper] button')].map((b) =>
					b.getAttribute('aria-pressed')
				);
				return { state: figure?.dataset.state, pressed: pressed.join() };
			},
			chart,
			state
		);
		const wantPressed = buttons.map((_, j) => String(j === i)).join();
		if (now.state !== state || now.pressed !== wantPressed) {
			problems.push(`button ${i + 1} (${state}): chart ${now.state}, aria-pressed ${now.pressed}`);
		}
	}
	return problems;
}

/** Reading mode: the button stacks the page and every step's picture is drawn; the first loads. */
export async function readingMode(engine: Engine) {
	if (!(await clickOn(engine, 'button[data-reading-mode]'))) return ['no reading-mode button'];
	return engine.evaluate(async () => {
		const frame = () => new Promise((done) => requestAnimationFrame(done));
		const problems: string[] = [];
		const until = performance.now() + 2000;
		const mode = () => document.documentElement.dataset.readingMode;
		while (mode() !== 'stacked' && performance.now() < until) await frame();
		if (mode() !== 'stacked') problems.push(`html data-reading-mode is ${mode()}`);
		const button = document.querySelector('button[data-reading-mode]');
		if (button?.getAttribute('aria-pressed') !== 'true') problems.push('button not pressed');
		// Each step shows one picture: the narrow layout below 60em, the wide one above.
		const layout = innerWidth < 960 ? 'step-picture' : 'step-picture-wide';
		const steps = [...document.querySelectorAll('li[data-step] .step-picture-frame')];
		const shown = steps.map((frame) =>
			[...frame.querySelectorAll<HTMLImageElement>('img')].filter(
				(img) => img.getBoundingClientRect().width >= 100
			)
		);
		const wrong = shown.filter((imgs) => imgs.length !== 1 || !imgs[0]?.classList.contains(layout));
		if (!steps.length || wrong.length)
			problems.push(`${wrong.length} of ${steps.length} steps do not show one ${layout}`);
		const first = shown[0]?.[0];
		first?.scrollIntoView({ block: 'center' });
		while (first && !(first.complete && first.naturalWidth) && performance.now() < until + 5000)
			await frame();
		if (first && !first.naturalWidth)
			problems.push(`first picture (${first.currentSrc}) did not load`);
		return problems;
	});
}

/**
 * The month-only hatching: a screenshot of the widest fully drawn month bar, sampled along its
 * middle row inside its border. Its stripes repeat every 8.5 px across; each 17 px stretch
 * must hold a dark and a light stripe (a luminance range of 24 or more), not a flat fill.
 */
export async function hatching(engine: Engine) {
	const bar = await engine.evaluate(async () => {
		const opacity = (el: Element | null) => {
			let o = 1;
			for (let e = el; e; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
			return o;
		};
		const bars = [
			...document.querySelectorAll('[data-chart="timeline"] .bar[data-date-kind="stated"]')
		]
			.filter((b) => opacity(b) > 0.99)
			.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width);
		bars[0]?.scrollIntoView({ block: 'center' });
		await new Promise((done) => setTimeout(done, 500));
		const r = bars[0]?.getBoundingClientRect();
		return r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
	});
	if (!bar) return { problems: ['no month-only bar drawn'], summary: '' };
	const pixels = decodePng(await engine.screenshot());
	const y = Math.round(bar.top + bar.height / 2);
	const row: number[] = [];
	for (let x = Math.ceil(bar.left + 3); x < bar.left + bar.width - 3; x++) {
		const [r, g, b] = pixels.at(x, y);
		row.push(0.2126 * r + 0.7152 * g + 0.0722 * b);
	}
	const stretches: number[] = [];
	for (let i = 0; i + 17 <= row.length; i += 17) {
		const part = row.slice(i, i + 17);
		stretches.push(Math.max(...part) - Math.min(...part));
	}
	const mid = (Math.max(...row) + Math.min(...row)) / 2;
	const stripes = row.filter((v, i) => i > 0 && v > mid !== (row[i - 1] ?? 0) > mid).length / 2;
	const flat = stretches.filter((range) => range < 24).length;
	const summary = `bar ${Math.round(bar.width)} px: ${Math.round(stripes)} stripes, ${flat} of ${stretches.length} 17 px stretches flat`;
	return { problems: flat || stretches.length < 3 ? [summary] : [], summary };
}

/** What a printed PDF holds: its pages, its text and the pictures' pixel widths (poppler). */
export function readPdf(path: string) {
	const info = execFileSync('pdfinfo', [path]).toString();
	const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
	const text = execFileSync('pdftotext', [path, '-']).toString().replace(/\s+/g, ' ');
	const widths = execFileSync('pdfimages', ['-list', path])
		.toString()
		.split('\n')
		.slice(2)
		.filter((line) => / image /.test(line))
		.map((line) => Number(line.trim().split(/\s+/)[3]));
	return { pages, text, widths };
}
