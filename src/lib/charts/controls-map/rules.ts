/**
 * The map's per-state rules, with literal values: each state's zoom (a transform on the box that
 * holds a drawing, and `--zoom`, so strokes keep their width on screen) and each country's
 * emphasis (opacity, by its class). On phones one drawing is shown at a time; what the hidden
 * one would animate changes at once instead, so nothing unseen is left to the main thread.
 */
import { countryClass } from './mapIds';
import type { ControlsMapModel, MapWindow } from './model';

const r = (v: number) => Math.round(v * 1000) / 1000;

export function mapRules(model: ControlsMapModel, states: readonly string[]): string {
	const [width, height] = model.size;
	const on = (state: string) => `[data-chart="controls-map"][data-state="${state}"]`;
	/**
	 * The transform that shows `window` in a box the map fills at its full width. The shift comes
	 * before the scale, in the box's units, so between two states every point of the map moves in
	 * a straight line on screen: a zoom into the Netherlands heads for it, rather than swinging
	 * out across the Atlantic as a shift inside the scale would (each is interpolated apart).
	 */
	const zoom = ([x, y, w]: MapWindow) => {
		const s = width / w;
		return `transform:translate(${r((-x / width) * 100 * s)}%,${r((-y / height) * 100 * s)}%) scale(${r(s)});--zoom:${r(s)}`;
	};
	const phoneStates = model.phone.views.map((v) => v.id);
	return [
		...model.wide.map((v) => `${on(v.id)} [data-zoom="wide"]{${zoom(v.window)}}`),
		...model.phone.views.map((v) => `${on(v.id)} [data-zoom="phone"]{${zoom(v.window)}}`),
		...states
			.filter((s) => !phoneStates.includes(s))
			.map(
				(s) => `${on(s)} :is([data-zoom="phone"],[data-zoom="phone"] .country){transition:none}`
			),
		...phoneStates.map((s) => `${on(s)} .regions .country{transition:none}`),
		...Object.entries(model.emphasis).flatMap(([s, codes]) =>
			Object.entries(codes).map(([code, o]) => `${on(s)} .${countryClass(code)}{opacity:${o}}`)
		)
	].join('');
}
