/**
 * An embed's stepper: buttons that set the chart's `data-state`, the pressed one the current
 * state, arrow keys moving between them; and `?state=` choosing the state the page opens on, or,
 * when it names none, the page's note saying so (`[data-unknown-state]`, words from data/embed.aml).
 */
import { withoutMotion } from './motion.ts';

export function startStepper(doc: Document, search: string): () => void {
	const figure = doc.querySelector<HTMLElement>('figure[data-chart]');
	const stepper = doc.querySelector<HTMLElement>('[data-stepper]');
	if (!figure || !stepper) return () => {};
	const buttons = [...stepper.querySelectorAll<HTMLButtonElement>('button[data-state-to]')];

	const show = (state: string) => {
		figure.dataset.state = state;
		for (const button of buttons) {
			button.setAttribute('aria-pressed', String(button.dataset.stateTo === state));
		}
	};
	// Forgiving where it is safe: the ids are lowercase words joined by hyphens, so `BAN`, `ban `
	// and `allied controls` name one state each. A name that is still unknown is said in words.
	const requested = new URLSearchParams(search).get('state')?.trim() ?? '';
	const wanted = requested.toLowerCase().replace(/[\s_]+/g, '-');
	if (buttons.some((b) => b.dataset.stateTo === wanted)) withoutMotion(figure, () => show(wanted));
	else if (requested) {
		const note = doc.querySelector<HTMLElement>('[data-unknown-state]');
		const slot = note?.querySelector('[data-requested]');
		if (note && slot) {
			slot.textContent = requested.slice(0, 80);
			note.hidden = false;
		}
	}

	const onClick = (event: MouseEvent) => {
		const button = (event.target as Element).closest?.<HTMLButtonElement>('button[data-state-to]');
		if (button?.dataset.stateTo) show(button.dataset.stateTo);
	};
	const onKey = (event: KeyboardEvent) => {
		const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
		if (!step) return;
		const index = buttons.findIndex((b) => b.dataset.stateTo === figure.dataset.state);
		const next = buttons[(index + step + buttons.length) % buttons.length];
		if (!next?.dataset.stateTo) return;
		event.preventDefault();
		show(next.dataset.stateTo);
		next.focus();
	};
	stepper.addEventListener('click', onClick);
	stepper.addEventListener('keydown', onKey);
	return () => {
		stepper.removeEventListener('click', onClick);
		stepper.removeEventListener('keydown', onKey);
	};
}
