/**
 * An embed page's script: the stepper and `?state=`, popovers on hover, the copy button, and the
 * pym.js child that tells the host page the frame's height. (`?theme=` is applied before the
 * first paint by /embed-theme.js.)
 */
import { enableCopy } from './copy.ts';
import { enhancePopovers } from './popovers.ts';
import { startPymChild } from './pym-child.ts';
import { startStepper } from './stepper.ts';

startStepper(document, location.search);
enhancePopovers(document);
enableCopy(document);
startPymChild(window);
