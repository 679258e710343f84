/**
 * Runs axe-core in the page and fails the test on any serious or critical violation, listing
 * each. axe is put into a document once and run there as often as a test asks (a chart's every
 * state), rather than through @axe-core/playwright, which re-injects it and finishes each run in
 * a second page: about 2 s a run here against 0.2–0.5 s, the difference between a browser suite
 * over and under ten minutes. Our pages have no frames of their own to follow (hosts' pages with
 * our iframes are judged by their embeds' own pages).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';
import { atRest } from './at-rest';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

type Finding = Pick<AxeResults['violations'][number], 'id' | 'impact' | 'help'> & {
	targets: string[];
};

export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	// Judge the page at rest: marks moving between states pass through in-between layouts.
	await atRest(page);
	const found: Finding[] = await page.evaluate(
		async ([tags, scope]) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			const context = scope ? { include: [scope] } : document;
			const { violations } = await axe.run(context, { runOnly: { type: 'tag', values: tags } });
			return violations.map(({ id, impact, help, nodes }) => ({
				id,
				impact,
				help,
				targets: nodes.map((n) => n.target.join(' '))
			}));
		},
		[TAGS, include ?? ''] as const
	);
	const report = found
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.targets.join('\n  ')}`);
	expect(report, `axe found serious or critical violations on ${page.url()}`).toEqual([]);
}
