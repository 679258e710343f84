import { embedData } from '$lib/server/embed';

export const load = () => embedData('controls-map');
