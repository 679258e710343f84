/**
 * What the spec runs inside the page. Each function is sent to the browser as its source, so it
 * stands alone: no imports, no closures, helpers declared inside.
 */

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/**
 * Brings each step of a section to its reading line in turn, as the Playwright suite's showStep
 * does (halfway down the room under the sticky chart on a phone, 60% down beside it on a
 * desktop), and waits up to 3 s for the chart to show the step's state and the step to be current.
 */
export async function walkSection(section: string) {
	const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
	const figure = document.querySelector<HTMLElement>(`#${section} figure[data-chart]`);
	const steps = [...document.querySelectorAll<HTMLElement>(`#${section} li[data-step]`)];
	const result = {
		first: figure?.dataset.state ?? '',
		seen: [] as string[],
		misses: [] as string[]
	};
	if (!figure || !steps.length) return { ...result, misses: [`${section}: no chart or steps`] };
	for (const step of steps) {
		const list = step.closest('[data-steps]') as HTMLElement;
		for (let i = 0; i < 2; i++) {
			const f = figure.getBoundingClientRect();
			const l = list.getBoundingClientRect();
			const stacked = f.left < l.right && l.left < f.right;
			const below = Math.min(Math.max(f.bottom, 0), innerHeight);
			const line = stacked ? below + (innerHeight - below) / 2 : innerHeight * 0.6;
			scrollBy(0, step.getBoundingClientRect().top - line + 2);
			await frame();
		}
		const due = () =>
			figure.dataset.state === step.dataset.state && step.getAttribute('aria-current') === 'step';
		const until = performance.now() + 3000;
		while (!due() && performance.now() < until) await frame();
		result.seen.push(figure.dataset.state ?? '');
		if (!due()) {
			result.misses.push(
				`${step.id}: chart shows ${figure.dataset.state}, step wants ${step.dataset.state}` +
					` (aria-current ${step.getAttribute('aria-current')})`
			);
		}
	}
	return result;
}

/** Brings the first step of `section` showing `state` to its reading line (as walkSection). */
export async function showState(section: string, state: string) {
	const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
	const step = document.querySelector(`#${section} li[data-step][data-state="${state}"]`);
	const figure = document.querySelector<HTMLElement>(`#${section} figure[data-chart]`);
	const list = step?.closest('[data-steps]');
	if (!step || !figure || !list) return '';
	for (let i = 0; i < 2; i++) {
		const f = figure.getBoundingClientRect();
		const l = list.getBoundingClientRect();
		const stacked = f.left < l.right && l.left < f.right;
		const below = Math.min(Math.max(f.bottom, 0), innerHeight);
		const line = stacked ? below + (innerHeight - below) / 2 : innerHeight * 0.6;
		scrollBy(0, step.getBoundingClientRect().top - line + 2);
		await frame();
	}
	const until = performance.now() + 3000;
	while (figure.dataset.state !== state && performance.now() < until) await frame();
	// The state's marks move and fade in (motion.spec.ts): let them arrive.
	await new Promise((done) => setTimeout(done, 1000));
	return figure.dataset.state ?? '';
}

/**
 * The phone check of tests/e2e/phone.spec.ts: for each step, a moment while scrolling (12 px at
 * a time) when the chart shows its state, the whole step is on screen and the whole plot too,
 * clear of the step. Starts where the step's bottom reaches the screen's (no earlier moment can
 * pass). Also whether the page scrolls sideways.
 */
export async function readEachStep() {
	const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
	const root = document.documentElement;
	const found: string[] = [];
	if (root.scrollWidth > root.clientWidth) {
		found.push(`page scrolls sideways: ${root.scrollWidth} px in ${root.clientWidth}`);
	}
	for (const step of document.querySelectorAll<HTMLElement>('li[data-step]')) {
		const figure = step
			.closest('[data-steps]')
			?.parentElement?.querySelector<HTMLElement>('figure[data-chart]');
		const plot = figure?.querySelector<HTMLElement>('[data-plot]');
		if (!figure || !plot) {
			found.push(`${step.id}: no chart`);
			continue;
		}
		const top = step.getBoundingClientRect().top + scrollY;
		let seen = false;
		for (let y = top + step.offsetHeight - innerHeight - 12; y <= top + 12 && !seen; y += 12) {
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
		if (!seen)
			found.push(`${step.id} (${Math.round(step.offsetHeight)} px tall) never read with its plot`);
	}
	if (root.scrollWidth > root.clientWidth) {
		found.push(
			`page scrolls sideways after scrolling: ${root.scrollWidth} px in ${root.clientWidth}`
		);
	}
	return found;
}

/**
 * Finds where to act on a mark: the first element matching `selector` that a pointer at its
 * centre would hit (a country: the point of its shape nearest the centre of its box that hits
 * it, not a label over it). With `scroll`, each candidate is first scrolled to the middle of the
 * screen; without, it must already be on screen. Its page coordinates and the details it opens,
 * or null.
 */
export function findTarget(selector: string, scroll: boolean) {
	for (const el of document.querySelectorAll(selector)) {
		// Marks of the other states' layers are transparent or hidden: not candidates.
		if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
		if (scroll) el.scrollIntoView({ block: 'center', inline: 'nearest' });
		const box = el.getBoundingClientRect();
		if (!box.width || !box.height) continue;
		const hits = (x: number, y: number) => {
			const at = document.elementFromPoint(x, y);
			return !!at && (at === el || el.contains(at) || at.closest('[data-details]') === el);
		};
		const points: [number, number][] = [];
		for (let i = 0; i <= 8; i++) {
			for (let j = 0; j <= 8; j++) {
				points.push([box.left + (box.width * i) / 8, box.top + (box.height * j) / 8]);
			}
		}
		const [cx, cy] = [box.left + box.width / 2, box.top + box.height / 2];
		points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
		const point = points.find(
			([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight && hits(x, y)
		);
		const id = el.getAttribute('popovertarget') ?? el.getAttribute('data-details') ?? '';
		if (point) return { x: point[0] + scrollX, y: point[1] + scrollY, id };
	}
	return null;
}

/**
 * Scrolls so a page point sits `fraction` of the way down the viewport (null: leaves the page
 * where it is). Its viewport point, and the mark's box there: the element matching `selector` at
 * that point, or for a country shape the 24 px a finger covers around it. With the scroll, so a
 * later measure can tell whether the page moved.
 */
export function placeAt(x: number, y: number, fraction: number | null, selector: string) {
	if (fraction !== null) scrollTo(scrollX, y - fraction * innerHeight);
	const [vx, vy] = [x - scrollX, y - scrollY];
	const el = document.elementFromPoint(vx, vy)?.closest(selector);
	const r = el?.getBoundingClientRect();
	const mark = selector.includes('data-details')
		? { left: vx - 12, top: vy - 12, right: vx + 12, bottom: vy + 12 }
		: r && { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
	return { x: vx, y: vy, mark: mark ?? null, scrollY };
}

/** Closes every open popover and takes focus from the page. */
export function closeAll() {
	document.querySelectorAll<HTMLElement>(':popover-open').forEach((p) => p.hidePopover());
	(document.activeElement as HTMLElement | null)?.blur?.();
}

/** Focuses the element matching `selector` nearest a viewport point, without scrolling. */
export function focusAt(selector: string, x: number, y: number) {
	const at = document.elementFromPoint(x, y)?.closest<HTMLElement>(selector);
	at?.focus({ preventScroll: true });
	return document.activeElement === at && !!at;
}

/**
 * Waits up to 1 s for the popover `id` to open and hold still, then measures it and its heading
 * (its first line and its bold title), with the page's scroll.
 */
export async function measureDetails(id: string) {
	const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
	const box = (el: Element | null | undefined) => {
		const r = el?.getBoundingClientRect();
		return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
	};
	const panel = document.getElementById(id);
	const until = performance.now() + 1000;
	let last = '';
	while (performance.now() < until) {
		await frame();
		const now = JSON.stringify(box(panel));
		if (panel?.matches(':popover-open') && now === last) break;
		last = now;
	}
	const open = !!panel?.matches(':popover-open');
	return {
		open,
		panel: open ? box(panel) : null,
		heading: open ? [box(panel?.firstElementChild), box(panel?.querySelector('strong'))] : [],
		viewport: { width: innerWidth, height: innerHeight },
		scrollY
	};
}

/** Loads every step picture now (they are lazy); waits up to 10 s for them. */
export async function loadPictures() {
	// The pictures paper shows, as the page's own beforeprint loads them.
	// And any the screen already shows (reading mode, remembered for the visit, shows the wide
	// ones at 1280): left loading, the print would cut them off.
	const pictures = [...document.querySelectorAll<HTMLImageElement>('li[data-step] img')].filter(
		(img) => img.classList.contains('step-picture') || img.checkVisibility()
	);
	pictures.forEach((img) => (img.loading = 'eager'));
	const until = performance.now() + 10_000;
	while (pictures.some((img) => !img.complete) && performance.now() < until) {
		await new Promise((done) => setTimeout(done, 100));
	}
}
