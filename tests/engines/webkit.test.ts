import { launchWebKit } from './webkit';
import { engineSpec } from './spec';

engineSpec(launchWebKit);
