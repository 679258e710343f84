/** The cross-engine spec's own parts that need no browser: its engine choice and its PNG reader. */
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { selectedEngines } from '../engines/engine';
import { decodePng } from '../engines/png';

describe('ENGINES', () => {
	test('all three by default, in order; a comma-separated few; an unknown name refused', () => {
		expect(selectedEngines(undefined)).toEqual(['chromium', 'firefox', 'webkit']);
		expect(selectedEngines(' ')).toEqual(['chromium', 'firefox', 'webkit']);
		expect(selectedEngines('firefox')).toEqual(['firefox']);
		expect(selectedEngines('webkit, chromium')).toEqual(['webkit', 'chromium']);
		expect(() => selectedEngines('safari')).toThrow(/safari.*chromium, firefox, webkit/);
	});
});

/** A PNG of `rows` (RGB pixels), each row with the given filter, as a driver would send. */
function png(rows: number[][][], filter: number): Buffer {
	const chunk = (type: string, body: Buffer) => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(body.length);
		head.write(type, 4, 'ascii');
		return Buffer.concat([head, body, Buffer.alloc(4)]);
	};
	const header = Buffer.alloc(13);
	header.writeUInt32BE(rows[0]?.length ?? 0, 0);
	header.writeUInt32BE(rows.length, 4);
	header[8] = 8;
	header[9] = 2;
	const raw = rows.flatMap((row, y) => {
		const bytes = row.flat();
		const above = rows[y - 1]?.flat() ?? bytes.map(() => 0);
		// Filter 2 (up): each byte minus the one above it.
		return [filter, ...bytes.map((b, i) => (filter === 2 ? (b - (above[i] ?? 0)) & 0xff : b))];
	});
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(Buffer.from(raw))),
		chunk('IEND', Buffer.alloc(0))
	]);
}

test('decodePng reads RGB pixels through the PNG row filters', () => {
	const rows = [
		[
			[255, 0, 0],
			[0, 255, 0]
		],
		[
			[0, 0, 255],
			[10, 20, 30]
		]
	];
	for (const filter of [0, 2]) {
		const pixels = decodePng(png(rows, filter));
		expect([pixels.width, pixels.height]).toEqual([2, 2]);
		expect(pixels.at(1, 0)).toEqual([0, 255, 0, 255]);
		expect(pixels.at(1, 1)).toEqual([10, 20, 30, 255]);
	}
});
