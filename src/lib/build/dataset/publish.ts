/**
 * The public downloads under /data/: one JSON and one CSV file per record type. JSON keeps
 * records as they are checked (ISO date strings, numbers, citations as objects); CSV flattens
 * them, with citations in one column of `source: quote` pairs, text cells that a spreadsheet
 * would run as a formula neutralised, and a byte-order mark so Excel reads it as UTF-8.
 */
import { csvFormatRows } from 'd3-dsv';
import { z } from 'zod';
import { RECORD_TYPES, type Citation, type Dataset, type RecordType } from './schema.ts';

type Cell = string | number | null | undefined;
type Column<T> = [header: string, cell: (record: T) => Cell];

const citations = (list: Citation[]) => list.map((c) => `${c.source}: ${c.quote}`).join(' | ');
const ids = (list: readonly string[] | undefined) => list?.join('; ') ?? '';

const COLUMNS: { [T in RecordType]: Column<Dataset[T][number]>[] } = {
	sources: [
		['id', (s) => s.id],
		['file', (s) => s.file],
		['headline', (s) => s.headline],
		['firstLine', (s) => s.firstLine],
		['outlet', (s) => s.outlet?.name],
		['outletNote', (s) => s.outletNote],
		['publishedEarliest', (s) => s.published.earliest],
		['publishedLatest', (s) => s.published.latest],
		['publishedBasis', (s) => s.published.basis],
		['contributes', (s) => s.contributes]
	],
	events: [
		['id', (e) => e.id],
		['date', (e) => e.date],
		['datePrecision', (e) => e.datePrecision],
		['dateMethod', (e) => e.dateBasis.method],
		['dateNote', (e) => e.dateBasis.note],
		['actor', (e) => e.actor],
		['side', (e) => e.side],
		['kind', (e) => e.kind],
		['title', (e) => e.title],
		['summary', (e) => e.summary],
		['sources', (e) => citations(e.sources)]
	],
	figures: [
		['id', (f) => f.id],
		['label', (f) => f.label],
		['value', (f) => f.value],
		['min', (f) => f.min],
		['max', (f) => f.max],
		['unit', (f) => f.unit],
		['kind', (f) => f.kind],
		['qualifier', (f) => f.qualifier],
		['claimedBy', (f) => f.claimedBy],
		['asOf', (f) => f.asOf],
		['event', (f) => f.event],
		['note', (f) => f.note],
		['sources', (f) => citations(f.sources)]
	],
	countries: [
		['code', (c) => c.code],
		['name', (c) => c.name],
		['role', (c) => c.role],
		['otherRoles', (c) => ids(c.otherRoles)],
		['did', (c) => c.did],
		['note', (c) => c.note],
		['events', (c) => ids(c.events)],
		['sources', (c) => citations(c.sources)]
	],
	conflicts: [
		['id', (c) => c.id],
		['kind', (c) => c.kind],
		['claim', (c) => c.claim],
		['resolution', (c) => c.resolution],
		['reasoning', (c) => c.reasoning],
		['affects', (c) => ids(c.affects)],
		['sources', (c) => citations(c.sources)]
	]
};

/**
 * A text cell a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage
 * return) gets a leading apostrophe, as OWASP advises against CSV injection; the apostrophe
 * shows, and nothing runs. Numbers stay numerals, "-4.4" included.
 */
export function csvCell(value: Cell): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value);
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Makes Excel read the file as UTF-8 (’, é, “ ”); other readers skip it. */
export const UTF8_BOM = '\uFEFF';

export function toCsv<T extends RecordType>(type: T, records: Dataset[T]): string {
	const columns = COLUMNS[type] as Column<Dataset[T][number]>[];
	// Numbers are written as plain numerals (unquoted); missing values as empty cells.
	const rows = records.map((record) => columns.map(([, cell]) => csvCell(cell(record))));
	return `${csvFormatRows([columns.map(([header]) => header), ...rows])}\n`;
}

function toJson<T extends RecordType>(records: Dataset[T]): string {
	return `${JSON.stringify(records, null, '\t')}\n`;
}

export interface Download {
	/** File name under /data/, e.g. `events.csv`. */
	name: string;
	type: RecordType;
	format: 'json' | 'csv';
	mediaType: string;
	body: string;
}

export function downloads(dataset: Dataset): Download[] {
	return (Object.keys(RECORD_TYPES) as RecordType[]).flatMap((type) => [
		{
			name: `${type}.json`,
			type,
			format: 'json' as const,
			mediaType: 'application/json; charset=utf-8',
			body: toJson(dataset[type])
		},
		{
			name: `${type}.csv`,
			type,
			format: 'csv' as const,
			mediaType: 'text/csv; charset=utf-8',
			body: `${UTF8_BOM}${toCsv(type, dataset[type])}`
		}
	]);
}

export interface FieldDoc {
	name: string;
	type: string;
	required: boolean;
	description: string;
}

interface JsonSchemaNode {
	type?: string | string[];
	description?: string;
	enum?: unknown[];
	anyOf?: JsonSchemaNode[];
	items?: JsonSchemaNode;
	properties?: Record<string, JsonSchemaNode>;
	required?: string[];
}

function typeName(node: JsonSchemaNode): string {
	if (node.enum) return node.enum.map(String).join(' | ');
	if (node.anyOf) return node.anyOf.map(typeName).join(' or ');
	if (node.type === 'array') {
		const item = node.items;
		if (item?.type === 'object')
			return `list of {${Object.keys(item.properties ?? {}).join(', ')}}`;
		return `list of ${item ? typeName(item) : 'values'}`;
	}
	return Array.isArray(node.type) ? node.type.join(' or ') : (node.type ?? 'value');
}

function objectFields(
	schema: JsonSchemaNode,
	describe: (name: string) => string,
	prefix = ''
): FieldDoc[] {
	const required = new Set(schema.required ?? []);
	return Object.entries(schema.properties ?? {}).flatMap(([name, node]) => {
		const object = node.type === 'object' ? node : node.anyOf?.find((n) => n.type === 'object');
		const doc: FieldDoc = {
			name: `${prefix}${name}`,
			type: object ? (node.anyOf ? 'object or null' : 'object') : typeName(node),
			required: required.has(name),
			description: describe(`${prefix}${name}`)
		};
		return object ? [doc, ...objectFields(object, describe, `${prefix}${name}.`)] : [doc];
	});
}

/**
 * The fields of a record type, listed from the schema itself so the list cannot drift, each with
 * its description (data/fields.aml, by the field's name). Nested objects are listed field by
 * field (`dateBasis.method`).
 */
export function fieldDocs(
	type: RecordType,
	describe: (name: string) => string = () => ''
): FieldDoc[] {
	return objectFields(
		z.toJSONSchema(RECORD_TYPES[type].schema, { io: 'input' }) as JsonSchemaNode,
		describe
	);
}
