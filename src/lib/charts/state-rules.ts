/**
 * The rules that switch a chart's state, one set per state, keyed by the figure's `data-state`
 * (the one attribute the page's script writes): the state's layers are drawn and the others
 * fade (`data-layer` names the states a layer belongs to), and the chart's notes offer that
 * state's pictures. Each chart's own moving marks have their own rules (e.g. the timeline's
 * MarkPlaces), with literal values keyed by id: cheap for the browser to match and apply.
 */
export function stateRules(name: string, states: readonly string[]): string {
	return states
		.map((state) => {
			const on = `[data-chart="${name}"][data-state="${state}"]`;
			return (
				`${on} [data-layer~="${state}"]{opacity:1;z-index:1;transition-delay:var(--fade-delay)}` +
				`${on} [data-layer~="${state}"][data-controls]{visibility:visible;transition-delay:var(--fade-delay),0s}` +
				`.chart-scope:has(>${on})+.chart-notes [data-for-state="${state}"]{display:inline}`
			);
		})
		.join('\n');
}
