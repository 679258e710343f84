/**
 * The story page's script: what HTML and CSS cannot do. The scroll tracker sets each chart's
 * state and the URL's hash; popovers open on hover; copy and share buttons work.
 */
import { enableCopy } from './copy.ts';
import { enhancePopovers } from './popovers.ts';
import { startStory } from './steps.ts';

startStory(window);
enhancePopovers(document);
enableCopy(document);
