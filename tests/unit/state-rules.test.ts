import { describe, expect, it } from 'vitest';
import { stateRules } from '../../src/lib/charts/state-rules';

describe('stateRules', () => {
	it('draws each state’s layers and offers its pictures, keyed by the figure’s state', () => {
		const css = stateRules('demo', ['a', 'b']).split('\n');
		expect(css).toHaveLength(2);
		expect(css[0]).toContain('[data-chart="demo"][data-state="a"] [data-layer~="a"]{opacity:1;');
		expect(css[0]).toContain('[data-layer~="a"][data-controls]{visibility:visible;');
		expect(css[1]).toContain(
			'.chart-scope:has(>[data-chart="demo"][data-state="b"])+.chart-notes [data-for-state="b"]{display:inline}'
		);
	});
});
