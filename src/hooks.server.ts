import type { Handle } from '@sveltejs/kit';

/**
 * Every page is complete HTML with its CSS inline; scripts only add interaction. So no
 * `<link rel="modulepreload">` hints: the scripts load after the document instead of competing
 * with it for the first bytes of a slow connection, and the text paints sooner.
 */
export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: () => false });
