import { launchFirefox } from './firefox';
import { engineSpec } from './spec';

engineSpec(launchFirefox);
