/**
 * The story's one scroll tracker. For each chart section it finds the active step and sets the
 * chart's `data-state` (CSS does the rest) and the step's `aria-current`; for the page it keeps
 * the URL's hash on the section or step being read, with `replaceState` (no history entry per
 * step). One passive scroll listener and one resize listener schedule one read per frame; the
 * read measures and then writes, and writes only what changed.
 */
import { withoutMotion } from './motion.ts';
import { activeStep, chartAboveSteps, LINE_SHARE, readingAnchor, triggerLine } from './reading.ts';

interface Scrolly {
	figure: HTMLElement;
	list: HTMLElement;
	steps: HTMLElement[];
	section: HTMLElement | null;
}

export interface StoryOptions {
	/** Called with a chart, its new state and the step that set it, once per change. */
	onState?: (figure: HTMLElement, state: string, step: HTMLElement) => void;
}

/** The story's chart sections: each chart with its list of steps. */
function findScrollies(doc: Document): Scrolly[] {
	return [...doc.querySelectorAll<HTMLElement>('[data-steps]')].flatMap((list) => {
		const figure = list.parentElement?.querySelector<HTMLElement>('figure[data-chart]');
		const steps = [...list.querySelectorAll<HTMLElement>('[data-step]')];
		return figure && steps.length
			? [{ figure, list, steps, section: list.closest('section') }]
			: [];
	});
}

/** Where the reader is: each chart's active step (and whether it reached its line), and the anchor. */
function measure(scrollies: readonly Scrolly[], sections: readonly HTMLElement[], height: number) {
	const actives = scrollies.map(({ figure, list, steps }) => {
		const line = triggerLine(figure.getBoundingClientRect(), list.getBoundingClientRect(), height);
		const tops = steps.map((step) => step.getBoundingClientRect().top);
		const index = activeStep(tops, line);
		return { index, reached: (tops[index] ?? Infinity) <= line };
	});
	const at = readingAnchor(
		sections.map((s) => s.getBoundingClientRect().top),
		height * LINE_SHARE
	);
	return { actives, at };
}

/** Shows a chart's active step: its state on the figure, `aria-current` on the step; only what changed. */
function showStep(
	{ figure, steps }: Scrolly,
	step: HTMLElement | undefined,
	{ opening, onState }: { opening: boolean; onState: StoryOptions['onState'] }
): void {
	const state = step?.dataset.state;
	if (step && state && figure.dataset.state !== state) {
		const show = () => {
			figure.dataset.state = state;
		};
		if (opening) withoutMotion(figure, show);
		else show();
		onState?.(figure, state, step);
	}
	// Rewriting an attribute, even to its value, restyles the steps.
	for (const s of steps) {
		const current = s === step;
		if (current !== s.hasAttribute('aria-current')) {
			if (current) s.setAttribute('aria-current', 'step');
			else s.removeAttribute('aria-current');
		}
	}
}

/** The public anchor the reader is at: the active step of the section, or the section itself. */
function anchorOf(
	scrollies: readonly Scrolly[],
	section: HTMLElement | undefined,
	actives: readonly { index: number; reached: boolean }[]
): string {
	const scrolly = scrollies.findIndex((s) => s.section === section);
	const active = actives[scrolly];
	return scrolly >= 0 && active?.reached
		? (scrollies[scrolly]?.steps[active.index]?.id ?? '')
		: (section?.id ?? '');
}

export function startStory(win: Window, options: StoryOptions = {}): () => void {
	const scrollies = findScrollies(win.document);
	const sections = [...win.document.querySelectorAll<HTMLElement>('main section[id]')];
	let hash = win.location.hash.slice(1);
	let frame = 0;
	let scrolled = false;
	// The first read draws a page opened part way down (a linked step, a restored scroll) with its
	// charts in their states at once; later reads move them.
	let opening = true;

	const read = () => {
		frame = 0;
		// Measure everything first, then write: one layout per frame.
		const { actives, at } = measure(scrollies, sections, win.innerHeight);
		scrollies.forEach((scrolly, i) =>
			showStep(scrolly, scrolly.steps[actives[i]?.index ?? 0], {
				opening,
				onState: options.onState
			})
		);
		opening = false;
		if (!scrolled) return;
		const id = anchorOf(scrollies, sections[at], actives);
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

	// Nothing is measured while the page is read in: the first read, and the landings, are in
	// the first frame, where the browser lays the page out anyway. The browser scrolls to the
	// fragment again as the page finishes loading, unless the reader has scrolled: by then the
	// margin above is right, and so is its landing.
	frame = win.requestAnimationFrame(() => {
		setLandings(scrollies);
		landOnLinkedStep(win, scrollies);
		read();
	});
	win.addEventListener('scroll', onScroll, { passive: true });
	win.addEventListener('resize', schedule, { passive: true });
	return () => {
		win.removeEventListener('scroll', onScroll);
		win.removeEventListener('resize', schedule);
		win.cancelAnimationFrame(frame);
	};
}

/**
 * Where a linked step lands when the browser scrolls to it (its `scroll-margin-top`): just under
 * the chart where the chart sits above the steps, at the chart's stuck height, which only the
 * page can measure; above the trigger line, so the step is the active one.
 */
function setLandings(scrollies: readonly Scrolly[]): void {
	for (const { figure, list } of scrollies) {
		const f = figure.getBoundingClientRect();
		if (chartAboveSteps(f, list.getBoundingClientRect())) {
			const stuck = f.height + parseFloat(getComputedStyle(figure).top || '0');
			list.style.setProperty('--landing', `${Math.ceil(stuck) + 8}px`);
		}
	}
}

/** Scrolls a step the URL names to where it lands, by its scroll margin. */
function landOnLinkedStep(win: Window, scrollies: readonly Scrolly[]): void {
	let id = win.location.hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// A malformed `%` (`#%zz`) names no step; the rest of the page starts as usual.
	}
	const step = id && scrollies.flatMap((s) => s.steps).find((s) => s.id === id);
	if (step) step.scrollIntoView({ block: 'start', behavior: 'instant' });
}
