/** The browser tests use the same Chromium finder as the card renderer (scripts/chromium.js). */
export { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.js';
