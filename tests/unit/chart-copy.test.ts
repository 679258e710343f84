import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChartCopy } from '../../src/lib/server/charts/copy';
import { readDataFiles } from '../../src/lib/server/dataset';
import { dataset } from './support/charts';

const text = readFileSync('data/charts.aml', 'utf8');
const lineOf = (needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;
const broken = (from: string, to: string) => {
	expect(text).toContain(from);
	return () => parseChartCopy(text.replace(from, to), dataset);
};

describe('the charts’ words', () => {
	const copy = parseChartCopy(text, dataset);

	it('resolve dataset placeholders and fill the values only a chart computes', () => {
		expect(copy.timeline.text('group', { count: 5 })).toBe('5 events');
		expect(copy.revenue.text('loss-end', { bound: 10 })).toBe('under 10%');
		expect(copy.revenue.text('china')).toMatch(
			/^From China: more than 10% \(reported from 31 March 2023; /
		);
		const meta = copy.timeline.meta([], []);
		expect(meta.states[1]?.alt).toContain('the Netherlands in March 2023');
	});

	it('refuse to leave a chart value unfilled', () => {
		expect(() => copy.timeline.text('group')).toThrow(
			`data/charts.aml, line ${lineOf('{count} events')}: the timeline chart gives no value for {count}`
		);
	});
});

describe('mistakes in the charts’ words fail the build with the line', () => {
	it('an unknown dataset placeholder', () => {
		expect(broken('{figure:china-revenue-share} of', '{figure:china-share} of')).toThrow(
			/data\/charts\.aml, line \d+: unknown figure "china-share" in placeholder \{figure:china-share\}/
		);
	});

	it('a chart value the chart does not compute', () => {
		expect(broken('group: {count} events', 'group: {total} events')).toThrow(
			/line \d+: unrecognised placeholder in placeholder \{total\}/
		);
	});

	it('a field no chart reads, and a missing one', () => {
		expect(broken('legend-gap:', 'legend-gaps:')).toThrow(
			/\{timeline\} field "legend-gaps": is not a known field/
		);
	});

	it('a line ArchieML would drop: words in no field, a field written twice', () => {
		const line = lineOf('legend-gap:');
		expect(broken('legend-gap:', 'which no field holds\nlegend-gap:')).toThrow(
			`data/charts.aml, line ${line}: this line is in no field, so ArchieML drops it`
		);
		expect(broken('legend-gap:', 'legend-gap: first\nlegend-gap:')).toThrow(
			`data/charts.aml, line ${line}: this "legend-gap:" is dropped, because a later "legend-gap:" in the same block replaces it`
		);
	});

	it('a run of eight or more words copied from an article, outside quotation marks', () => {
		const { articles } = readDataFiles();
		const from = 'legend-month: Month only';
		const line = lineOf(from);
		const edited = text.replace(
			from,
			'legend-month: Restrictions by Washington and its allies on access to chips'
		);
		expect(() => parseChartCopy(edited, dataset, articles)).toThrow(
			`data/charts.aml, line ${line}: {timeline} copies 10 consecutive words of article 000 outside quotation marks: "Restrictions by Washington and its allies on access to chips"`
		);
		expect(() => parseChartCopy(text, dataset, articles)).not.toThrow();
	});

	it('states that do not match the chart’s', () => {
		expect(broken('id: responses', 'id: reactions')).toThrow(
			'{timeline} must describe the states overview, allied-controls, review, ban, responses, in that order'
		);
	});
});
