import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadDataDocs, parseDataDocs } from '../../src/lib/build/copy/fields';
import {
	csvCell,
	downloads,
	fieldDocs,
	toCsv,
	UTF8_BOM
} from '../../src/lib/build/dataset/publish';
import { formatProblem } from '../../src/lib/build/problems';
import { dataset } from './support/charts';

describe('toCsv', () => {
	it('writes numbers as numerals, blanks for missing values and citations as source: quote pairs', () => {
		const figure = dataset.figures.find((f) => f.id === 'china-revenue-share');
		expect(figure).toBeDefined();
		const csv = toCsv('figures', figure ? [figure] : []);
		const [header, row] = csvParseRows(csv);
		expect(header).toEqual([
			'id',
			'label',
			'value',
			'min',
			'max',
			'unit',
			'kind',
			'qualifier',
			'claimedBy',
			'asOf',
			'event',
			'note',
			'sources'
		]);
		expect(row?.slice(0, 11)).toEqual([
			'china-revenue-share',
			'Share of Micron’s revenue that comes from China',
			'',
			'10',
			'',
			'percent',
			'share',
			'more-than',
			'',
			'2023-03',
			''
		]);
		expect(row?.[12]).toBe(
			"003_7809e32e950dcdd3: Micron Technology, one of America's largest memory chip makers, derives more than 10% of its revenue from China. | 004_27abe782be38579c: The company relies significantly on China, generating more than 10% of its revenue from the country."
		);
		expect(csv).toContain(',10,,percent,');
	});

	it('neutralises text a spreadsheet would run as a formula, and leaves numbers as numerals', () => {
		expect(
			['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx', 'plain', '3 = 3'].map(
				csvCell
			)
		).toEqual([
			'\'=HYPERLINK("http://x")',
			"'+1",
			"'-2+3",
			"'@SUM(A1)",
			"'\tx",
			"'\rx",
			'plain',
			'3 = 3'
		]);
		expect([-4.4, 0, 3600000000, undefined, null].map(csvCell)).toEqual([
			'-4.4',
			'0',
			'3600000000',
			'',
			''
		]);
		const event = dataset.events[0];
		expect(event).toBeDefined();
		if (!event) return;
		const csv = toCsv('events', [{ ...event, title: "=cmd|' /C calc'!A0", actor: '@evil' }]);
		const [, row] = csvParseRows(csv);
		expect(row?.[5]).toBe("'@evil");
		expect(row?.[8]).toBe("'=cmd|' /C calc'!A0");
		const moves = csvParseRows(toCsv('figures', dataset.figures)).filter((r) => r[6] === 'change');
		expect(moves.map((r) => r[2])).toEqual(['-4.4', '-1.2']);
	});
});

describe('downloads', () => {
	it('publishes a JSON and a CSV file per record type, each with every record', () => {
		const files = downloads(dataset);
		expect(files.map((f) => f.name)).toEqual([
			'sources.json',
			'sources.csv',
			'events.json',
			'events.csv',
			'figures.json',
			'figures.csv',
			'countries.json',
			'countries.csv',
			'conflicts.json',
			'conflicts.csv'
		]);
		for (const file of files) {
			const count = dataset[file.type].length;
			if (file.format === 'json') expect(JSON.parse(file.body)).toHaveLength(count);
			else expect(csvParseRows(file.body)).toHaveLength(count + 1);
		}
	});

	it('starts each CSV with a UTF-8 byte-order mark for Excel, and no JSON file with one', () => {
		for (const file of downloads(dataset)) {
			const bytes = new TextEncoder().encode(file.body);
			const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
			expect(bom, file.name).toBe(file.format === 'csv');
		}
		const events = downloads(dataset).find((f) => f.name === 'events.csv')?.body ?? '';
		expect(events.startsWith(`${UTF8_BOM}id,date,`)).toBe(true);
		expect(events).toContain('’');
	});
});

describe('fieldDocs', () => {
	it('documents each field from the schema, with its type and whether it is required', () => {
		const fields = fieldDocs('events');
		expect(fields.map((f) => f.name)).toEqual([
			'id',
			'date',
			'datePrecision',
			'dateBasis',
			'dateBasis.method',
			'dateBasis.note',
			'actor',
			'side',
			'kind',
			'title',
			'summary',
			'sources'
		]);
		expect(fields.find((f) => f.name === 'side')).toEqual({
			name: 'side',
			type: 'us-allies | china | micron | other',
			required: true,
			description: ''
		});
		expect(fields.find((f) => f.name === 'sources')?.type).toBe('list of {source, quote}');
		expect(fieldDocs('sources').find((f) => f.name === 'outlet.name')).toMatchObject({
			type: 'string',
			required: true
		});
		expect(fieldDocs('figures').find((f) => f.name === 'max')).toMatchObject({
			type: 'number',
			required: false
		});
	});
});

describe('the field documentation in data/fields.aml', () => {
	const { docs, problems } = loadDataDocs();

	it('describes every field of every record type, with the figure kinds’ ranges filled in', () => {
		expect(problems).toEqual([]);
		for (const fields of Object.values(docs.fields)) {
			for (const field of fields) expect(field.description, field.name).not.toBe('');
		}
		const kind = docs.fields.figures.find((f) => f.name === 'kind')?.description ?? '';
		// The ranges come from the rules the build checks figures against, not from the copy.
		expect(kind).toContain('from 0 to 100');
		expect(kind).toContain('from -100 to 1,000');
		expect(kind).not.toMatch(/\{[a-z]+\.(min|max)\}/);
		for (const about of Object.values(docs.about)) expect(about.length).toBeGreaterThan(10);
	});

	it('reports a field left undescribed, a description of a field the data lacks, a dropped line', () => {
		const text = readFileSync('data/fields.aml', 'utf8');
		const problemsIn = (changed: string) => parseDataDocs(changed).problems.map(formatProblem);
		expect(problemsIn(text.replace(/^side: .*\n/m, ''))).toEqual([
			expect.stringContaining('{events} has no description of the field "side"')
		]);
		expect(problemsIn(text.replace('actor: ', 'actors: '))).toEqual([
			expect.stringContaining('{events} has no description of the field "actor"'),
			expect.stringMatching(
				/data\/fields\.aml, line \d+: \{events\} describes "actors", which the data does not have/
			)
		]);
		// A line in no field, which ArchieML would drop in silence: named by its line.
		const line = text.slice(0, text.indexOf('actor: ')).split('\n').length;
		expect(problemsIn(text.replace('actor: ', 'which no field holds\nactor: '))).toEqual([
			`data/fields.aml, line ${line}: this line is in no field, so ArchieML drops it: a field is one line, or ends with ":end"`
		]);
	});
});
