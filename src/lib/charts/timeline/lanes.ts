/** The timeline's lanes and their colours. No dependencies: the browser imports this. */

/** The lanes, top to bottom (left to right on phones), each with its colour token. */
export const LANES = [
	{ id: 'allies', label: 'US and allies', color: 'var(--c-allies)' },
	{ id: 'micron', label: 'Micron and markets', color: 'var(--c-micron)' },
	{ id: 'china', label: 'China', color: 'var(--c-china)' }
] as const;

export type LaneId = (typeof LANES)[number]['id'];

/** The colour a lane's marks and names are drawn in. */
export function laneColor(lane: LaneId): string {
	return LANES.find((l) => l.id === lane)?.color ?? 'var(--color-muted)';
}
