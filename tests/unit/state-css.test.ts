import { describe, expect, it } from 'vitest';
import { narrowVars, stateCss, stateVars } from '../../src/lib/charts/build/state-css';

describe('stateVars', () => {
	it('writes each state’s value as a suffixed custom property, leaving out missing ones', () => {
		expect(stateVars({ x: { a: '10%', b: '40%' }, o: { a: 1, b: null } })).toBe(
			'--x-a:10%;--x-b:40%;--o-a:1'
		);
		expect(narrowVars({ y: { a: '5%' } })).toBe('--y-a-narrow:5%');
	});
});

describe('stateCss', () => {
	it('makes each state’s values current under the chart’s data-state', () => {
		expect(stateCss('revenue', ['whole', 'loss'], ['o'])).toBe(
			'[data-chart="revenue"][data-state="whole"] [data-v]{--o:var(--o-whole)}\n' +
				'[data-chart="revenue"][data-state="loss"] [data-v]{--o:var(--o-loss)}'
		);
	});

	it('lets narrow values win in a narrow container, falling back to the wide ones', () => {
		const css = stateCss('timeline', ['a'], ['x', 'y'], {
			container: 'chart',
			below: '40rem',
			properties: ['y']
		});
		expect(css).toBe(
			'[data-chart="timeline"][data-state="a"] [data-v]{--x:var(--x-a);--y:var(--y-a)}\n' +
				'@container chart (width < 40rem){[data-chart="timeline"][data-state="a"] [data-v]{--y:var(--y-a-narrow,var(--y-a))}}'
		);
	});
});
