/**
 * The story's one scroll tracker. For each chart section it finds the active step and sets the
 * chart's `data-state` (CSS does the rest) and the step's `aria-current`; for the page it keeps
 * the URL's hash on the section or step being read, with `replaceState` (no history entry per
 * step). One passive scroll listener and one resize listener schedule one read per frame; the
 * read measures and then writes, and writes only what changed.
 */
import { activeStep, LINE_SHARE, readingAnchor, triggerLine } from './reading.ts';

interface Scrolly {
	figure: HTMLElement;
	list: HTMLElement;
	steps: HTMLElement[];
	section: HTMLElement | null;
}

export interface StoryOptions {
	/** Called with a chart and its new state, once per change. */
	onState?: (figure: HTMLElement, state: string) => void;
}

export function startStory(win: Window, options: StoryOptions = {}): () => void {
	const doc = win.document;
	const scrollies: Scrolly[] = [...doc.querySelectorAll<HTMLElement>('[data-steps]')].flatMap(
		(list) => {
			const figure = list.parentElement?.querySelector<HTMLElement>('figure[data-chart]');
			const steps = [...list.querySelectorAll<HTMLElement>('[data-step]')];
			return figure && steps.length
				? [{ figure, list, steps, section: list.closest('section') }]
				: [];
		}
	);
	const sections = [...doc.querySelectorAll<HTMLElement>('main section[id]')];
	let hash = win.location.hash.slice(1);
	let frame = 0;
	let scrolled = false;

	const read = () => {
		frame = 0;
		const height = win.innerHeight;
		// Measure everything first, then write: one layout per frame.
		const actives = scrollies.map(({ figure, list, steps }) => {
			const line = triggerLine(
				figure.getBoundingClientRect(),
				list.getBoundingClientRect(),
				height
			);
			const tops = steps.map((step) => step.getBoundingClientRect().top);
			const index = activeStep(tops, line);
			return { index, reached: (tops[index] ?? Infinity) <= line };
		});
		const at = readingAnchor(
			sections.map((s) => s.getBoundingClientRect().top),
			height * LINE_SHARE
		);
		scrollies.forEach(({ figure, steps }, i) => {
			const step = steps[actives[i]?.index ?? 0];
			const state = step?.dataset.state;
			if (state && figure.dataset.state !== state) {
				figure.dataset.state = state;
				options.onState?.(figure, state);
			}
			for (const s of steps) {
				if (s === step) s.setAttribute('aria-current', 'step');
				else s.removeAttribute('aria-current');
			}
		});
		if (!scrolled) return;
		const section = sections[at];
		const scrolly = scrollies.findIndex((s) => s.section === section);
		const active = actives[scrolly];
		const id =
			scrolly >= 0 && active?.reached
				? (scrollies[scrolly]?.steps[active.index]?.id ?? '')
				: (section?.id ?? '');
		if (id !== hash) {
			hash = id;
			const url = new URL(win.location.href);
			url.hash = id;
			win.history.replaceState(win.history.state, '', id ? url.href : url.href.replace(/#$/, ''));
		}
	};
	const schedule = () => {
		if (!frame) frame = win.requestAnimationFrame(read);
	};
	const onScroll = () => {
		scrolled = true;
		schedule();
	};

	landOnLinkedStep(win, scrollies);
	read();
	win.addEventListener('scroll', onScroll, { passive: true });
	win.addEventListener('resize', schedule, { passive: true });
	return () => {
		win.removeEventListener('scroll', onScroll);
		win.removeEventListener('resize', schedule);
		win.cancelAnimationFrame(frame);
	};
}

/**
 * A link to a step lands with the step's top just past its section's trigger line: under the
 * chart on a phone, so that the step is read with the chart beside it, in the step's state.
 */
function landOnLinkedStep(win: Window, scrollies: readonly Scrolly[]): void {
	const id = decodeURIComponent(win.location.hash.slice(1));
	if (!id) return;
	for (const { figure, list, steps } of scrollies) {
		const step = steps.find((s) => s.id === id);
		if (!step) continue;
		const line = triggerLine(
			figure.getBoundingClientRect(),
			list.getBoundingClientRect(),
			win.innerHeight
		);
		const top = step.getBoundingClientRect().top;
		win.scrollBy({ top: top - line + 1, behavior: 'instant' });
		return;
	}
}
