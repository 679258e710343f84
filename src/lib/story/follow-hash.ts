/**
 * An attachment for the story's <main>: keeps the URL's hash on the section or step being
 * read, with `replaceState` (no history entry per step; back and forward still work for real
 * jumps such as the contents links). Reads positions once per animation frame while scrolling.
 */
import type { Attachment } from 'svelte/attachments';
import { replaceState } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import { DEFAULT_THRESHOLD, triggerY } from './active-step.ts';
import { readingAnchor } from './reading-anchor.ts';

export function followHash(threshold = DEFAULT_THRESHOLD): Attachment<HTMLElement> {
	return (root) => {
		const anchors = Array.from(
			root.querySelectorAll<HTMLElement>('section[id], li[data-step][id]')
		);
		let frame = 0;
		let current = location.hash.slice(1) || null;

		const read = () => {
			frame = 0;
			const tops = anchors.map((el) => el.getBoundingClientRect().top);
			const index = readingAnchor(tops, triggerY(window.innerHeight, threshold));
			const id = index < 0 ? null : (anchors[index]?.id ?? null);
			if (id === current) return;
			current = id;
			// SvelteKit's shallow replaceState: the hash changes, nothing is loaded or re-run.
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- it is resolve('/') plus a fragment
			replaceState(`${resolve('/')}${id ? `#${id}` : ''}`, page.state);
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(read);
		};

		window.addEventListener('scroll', schedule, { passive: true });
		return () => {
			window.removeEventListener('scroll', schedule);
			cancelAnimationFrame(frame);
		};
	};
}
