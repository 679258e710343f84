/** Runs axe on the page and fails the test on any serious or critical violation, listing each. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { atRest } from './at-rest';

export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
	let builder = new AxeBuilder({ page }).withTags([
		'wcag2a',
		'wcag2aa',
		'wcag21a',
		'wcag21aa',
		'wcag22aa',
		'best-practice'
	]);
	if (include) builder = builder.include(include);
	// Judge the page at rest: marks moving between states pass through in-between layouts.
	await atRest(page);
	const { violations } = await builder.analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const report = serious.map(
		(v) =>
			`${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(report, `axe found serious or critical violations on ${page.url()}`).toEqual([]);
}
