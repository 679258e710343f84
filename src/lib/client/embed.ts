/**
 * An embed page's script: the stepper and `?state=`, popovers on hover, the copy buttons, the
 * pym.js child that tells the host page the frame's height (and AMP its size), and the host's
 * `data-theme`. (`?theme=` is applied before the first paint by /embed-theme.js.)
 */
import { enableCopy } from './copy.ts';
import { enhancePopovers } from './popovers.ts';
import { startPymChild } from './pym-child.ts';
import { startStepper } from './stepper.ts';
import { followHostTheme } from './theme.ts';

startStepper(document, location.search);
enhancePopovers(document);
enableCopy(document);
startPymChild(window);
followHostTheme(window);
