/** The map of allied controls, as built from the dataset: windows, anchors, roles, labels. */
import { describe, expect, it } from 'vitest';
import {
	LAYOUTS,
	boxAt,
	labelText,
	overlaps,
	textWidthPx,
	type MapWindow
} from '../../src/lib/charts/controls-map/label-geometry';
import { windowAround } from '../../src/lib/charts/controls-map/map-views';
import { controlsMapChart } from '../../src/lib/charts/controls-map/model';
import { CONTROLS_MAP_STATES, controlsMapState } from '../../src/lib/charts/controls-map/states';
import { interpolateWindow, viewBoxOf } from '../../src/lib/charts/controls-map/zoom';
import { loadDataset } from '../../src/lib/server/dataset';

const dataset = loadDataset();
const { meta, model } = controlsMapChart(dataset);
const view = (id: string) => {
	const found = model.views.find((v) => v.id === id);
	if (!found) throw new Error(`no view ${id}`);
	return found;
};

describe('controlsMapChart', () => {
	it('has one view per state, in order, starting with the whole picture', () => {
		expect(model.views.map((v) => v.id)).toEqual([
			'overview',
			'allies',
			'netherlands',
			'japan',
			'china',
			'suppliers'
		]);
		expect(CONTROLS_MAP_STATES.map((s) => s.id)).toEqual(model.views.map((v) => v.id));
	});

	it('fits the world (without Antarctica) to a 1000-wide box', () => {
		expect(model.size).toEqual([1000, 440]);
	});

	it('frames each state on the countries it is about, padded, at the map aspect', () => {
		expect(Object.fromEntries(model.views.map((v) => [v.id, v.window]))).toEqual({
			overview: [0, 0, 1000, 440],
			allies: [52.7, 0, 944.2, 415.4],
			netherlands: [463.9, 41.1, 96, 42.2],
			japan: [764.7, 68.9, 170, 74.8],
			china: [578.7, 36.3, 352.5, 155.1],
			suppliers: [762.1, 83.1, 130, 57.2]
		});
		for (const { window } of model.views) {
			expect(window[2] / window[3]).toBeCloseTo(1000 / 440, 2);
		}
	});

	it('emphasises what each state is about, and describes its one country by default', () => {
		expect(model.views.map((v) => [v.id, v.emphasis, v.focus])).toEqual([
			['overview', dataset.countries.map((c) => c.code), null],
			['allies', ['USA', 'JPN', 'NLD'], null],
			['netherlands', ['NLD'], 'NLD'],
			['japan', ['JPN'], 'JPN'],
			['china', ['CHN'], 'CHN'],
			['suppliers', ['KOR'], 'KOR']
		]);
	});

	it('gives every dataset country an anchor inside the map and inside its main landmass', () => {
		expect(model.countries.map((c) => c.code)).toEqual(dataset.countries.map((c) => c.code));
		for (const { code, anchor, main } of model.countries) {
			const [x, y] = anchor;
			expect(x, code).toBeGreaterThan(0);
			expect(x, code).toBeLessThan(model.size[0]);
			expect(y, code).toBeGreaterThan(0);
			expect(y, code).toBeLessThan(model.size[1]);
			expect(x >= main[0] && x <= main[2] && y >= main[1] && y <= main[3], code).toBe(true);
		}
		const anchor = (code: string) => model.countries.find((c) => c.code === code)?.anchor;
		expect(anchor('NLD')).toEqual([512.4, 61.3]);
		expect(anchor('USA')).toEqual([242.1, 104]);
		expect(anchor('KOR')).toEqual([829.3, 114.4]);
	});

	it('projects deterministically: two builds give the same model', () => {
		expect(controlsMapChart(dataset)).toEqual({ meta, model });
	});

	it('keeps roles from the dataset, named in our words', () => {
		expect(Object.fromEntries(model.countries.map((c) => [c.code, c.role]))).toEqual({
			USA: 'controls-on-china',
			JPN: 'controls-on-china',
			NLD: 'controls-on-china',
			CHN: 'target-and-retaliator',
			KOR: 'alternative-supplier',
			CAN: 'g7-partner',
			FRA: 'g7-partner',
			DEU: 'g7-partner',
			ITA: 'g7-partner',
			GBR: 'g7-partner'
		});
		expect(model.countries.find((c) => c.code === 'USA')?.roles).toEqual([
			'Controls on chip technology for China',
			'G7 partner: signed the statement'
		]);
		expect(model.legend.map((l) => l.role)).toEqual([
			'controls-on-china',
			'target-and-retaliator',
			'alternative-supplier',
			'g7-partner'
		]);
	});

	it('dates each country’s events as the story prints them, oldest first', () => {
		const dates = (code: string) =>
			model.countries.find((c) => c.code === code)?.events.map((e) => e.date);
		expect(dates('USA')).toEqual([
			'October 2022',
			'20 May 2023',
			'21 May 2023',
			'About 21 May 2023',
			'22 May 2023'
		]);
		expect(dates('NLD')).toEqual(['March 2023', '23 May 2023', '23 May 2023']);
		expect(dates('KOR')).toEqual([]);
		expect(dates('ITA')).toEqual(['20 May 2023']);
	});

	it('credits the articles behind each country and the whole map', () => {
		const sources = (code: string) =>
			model.countries.find((c) => c.code === code)?.sources.map((s) => s.id);
		expect(sources('KOR')).toEqual(['002_b98f11455c657038']);
		expect(sources('GBR')).toEqual(['001_b8d3ddc2f685fc12']);
		expect(model.countries.find((c) => c.code === 'GBR')?.sources[0]?.label).toBe(
			'UPI, 22 May 2023'
		);
		expect(meta.sources.map((s) => s.id)).toEqual(dataset.sources.map((s) => s.id));
		expect(meta).toMatchObject({
			name: 'controls-map',
			dataFiles: ['countries.csv', 'countries.json']
		});
		expect(meta.note).toMatch(/G7/);
		expect(meta.note).toMatch(/public record/);
	});

	it('points the way to countries beyond a zoomed window', () => {
		expect(view('overview').arrows).toEqual(
			Object.fromEntries(dataset.countries.map((c) => [c.code, null]))
		);
		expect(view('netherlands').arrows).toMatchObject({ USA: '←', CAN: '←', JPN: '→', NLD: null });
		expect(view('china').arrows).toMatchObject({ GBR: '←', CHN: null, JPN: null, KOR: null });
		for (const v of model.views) {
			for (const c of model.countries) {
				expect(v.anchors[c.code] === null, `${v.id} ${c.code}`).toBe(v.arrows[c.code] !== null);
			}
		}
	});

	it('places every label inside its window, clear of every other, in every state and width', () => {
		for (const v of model.views) {
			for (const layout of LAYOUTS) {
				const unit = v.window[2] / layout.minWidth;
				const boxes = model.countries.map((c) => {
					const placement = v.labels[c.code]?.[layout.id];
					if (!placement) throw new Error(`${v.id} ${layout.id} ${c.code}: no placement`);
					const name = layout.shortNames ? c.shortName : c.name;
					const widthPx =
						placement.mode === 'dot'
							? 24
							: textWidthPx(labelText(name, v.arrows[c.code] ?? null), layout);
					const heightPx = placement.mode === 'dot' ? 24 : layout.heightPx;
					return {
						code: c.code,
						box: boxAt([placement.x, placement.y], [widthPx * unit, heightPx * unit])
					};
				});
				const [wx, wy, ww, wh] = v.window;
				for (const { code, box } of boxes) {
					const where = `${v.id} ${layout.id} ${code}`;
					expect(box[0] >= wx && box[1] >= wy, where).toBe(true);
					expect(box[2] <= wx + ww && box[3] <= wy + wh, where).toBe(true);
					for (const other of boxes) {
						if (other.code <= code) continue;
						expect(overlaps(box, other.box), `${where} overlaps ${other.code}`).toBe(false);
					}
				}
			}
		}
	});

	it('names the state’s own country in text at every width', () => {
		for (const v of model.views.filter((v) => v.focus)) {
			for (const layout of LAYOUTS) {
				expect(v.labels[v.focus ?? '']?.[layout.id]?.mode, `${v.id} ${layout.id}`).toBe('text');
			}
		}
	});

	it('gives the Netherlands a marker on the world map, where it is too small to see', () => {
		for (const layout of LAYOUTS) {
			expect(view('overview').labels.NLD?.[layout.id]?.marker, layout.id).toBe(true);
		}
		expect(view('netherlands').labels.NLD?.wide).toMatchObject({ mode: 'text', leader: false });
	});
});

describe('windowAround', () => {
	const size: [number, number] = [1000, 440];

	it('is the whole map when nothing is framed', () => {
		expect(windowAround(null, 0, size)).toEqual([0, 0, 1000, 440]);
	});

	it('widens a small frame to the minimum width, centred, at the map aspect', () => {
		expect(windowAround([500, 100, 510, 110], 100, size)).toEqual([455, 83, 100, 44]);
	});

	it('keeps the window inside the map', () => {
		expect(windowAround([0, 0, 10, 10], 100, size)).toEqual([0, 0, 100, 44]);
		expect(windowAround([990, 430, 1000, 440], 100, size)).toEqual([900, 396, 100, 44]);
	});
});

describe('zoom', () => {
	const from: MapWindow = [0, 0, 1000, 440];
	const to: MapWindow = [450, 40, 100, 44];

	it('starts and ends on the windows given', () => {
		const zoom = interpolateWindow(from, to);
		expect(zoom(0)).toEqual(from);
		expect(zoom(1)).toEqual(to);
	});

	it('changes the width geometrically, so halfway is the geometric mean', () => {
		const [, , w, h] = interpolateWindow(from, to)(0.5);
		expect(w).toBeCloseTo(Math.sqrt(1000 * 100), 6);
		expect(w / h).toBeCloseTo(1000 / 440, 6);
	});

	it('writes a viewBox with at most two decimals', () => {
		expect(viewBoxOf([1.23456, 2, 3.5, 4])).toBe('1.23 2 3.5 4');
	});
});

describe('controlsMapState', () => {
	it('falls back to the first state for an unknown or missing id', () => {
		expect(controlsMapState('japan')).toBe('japan');
		expect(controlsMapState('nowhere')).toBe('overview');
		expect(controlsMapState(undefined)).toBe('overview');
	});
});
