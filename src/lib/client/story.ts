/**
 * The story page's script: what HTML and CSS cannot do. The scroll tracker sets each chart's
 * state and the URL's hash, and has the new state read out; reading without scroll effects is
 * a button away; popovers open on hover; copy and share buttons work.
 */
import { announcer } from './announce.ts';
import { enableCopy } from './copy.ts';
import { enhancePopovers } from './popovers.ts';
import { isStacked, startReadingMode } from './reading-mode.ts';
import { startStory } from './steps.ts';

startReadingMode(window);
const announce = announcer(document.querySelector<HTMLElement>('[data-announce]'));
startStory(window, {
	onState: (_figure, _state, step) => {
		if (!isStacked(document)) announce(step.querySelector('img')?.alt ?? '');
	}
});
enhancePopovers(document);
enableCopy(document);
