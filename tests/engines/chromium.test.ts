import { launchChromium } from './chromium';
import { engineSpec } from './spec';

engineSpec(launchChromium);
