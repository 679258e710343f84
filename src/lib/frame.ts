/**
 * The words around the story and its charts (data/interface.aml), for components: the root
 * layout hands them down as context, and each component takes the ones it shows.
 */
import { getContext, setContext } from 'svelte';
import type { FrameWords } from './build/copy/frame.ts';

export type { FrameWords };

const KEY = Symbol('frame words');

/** Makes the frame's words available to every component below the caller. */
export function setFrameWords(words: FrameWords): void {
	setContext(KEY, words);
}

/** The same, as a context to render a component with on its own (`render(C, { context })`). */
export function frameContext(words: FrameWords): Map<unknown, unknown> {
	return new Map([[KEY, words]]);
}

/** The frame's words, as the root layout set them. */
export function frameWords(): FrameWords {
	const words = getContext<FrameWords | undefined>(KEY);
	if (!words) throw new Error('frameWords() needs the root layout to set them');
	return words;
}

/** Words with the page's values filled in: `fill('Article {number}', { number: '004' })`. */
export function fill(text: string, values: Record<string, string | number>): string {
	return text.replace(/\{([a-z-]+)\}/g, (token, name: string) =>
		name in values ? String(values[name]) : token
	);
}

/** Words split where backticks mark code: `Add \`?state=\`` → text, then code. */
export function codeSpans(text: string): { text: string; code: boolean }[] {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((part) => part.text !== '');
}
