/** Reads the pixels of a screenshot: 8-bit RGB or RGBA PNGs, not interlaced (what the drivers give). */
import { inflateSync } from 'node:zlib';

export interface Pixels {
	width: number;
	height: number;
	/** RGBA of the pixel at (x, y). */
	at(x: number, y: number): [number, number, number, number];
}

export function decodePng(png: Buffer): Pixels {
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 4;
	const data: Buffer[] = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const type = png.toString('ascii', offset + 4, offset + 8);
		const body = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			if (body[8] !== 8 || body[12] !== 0) throw new Error('only 8-bit, non-interlaced PNGs');
			channels = body[9] === 6 ? 4 : body[9] === 2 ? 3 : 0;
			if (!channels) throw new Error(`PNG colour type ${body[9]} not read here`);
		} else if (type === 'IDAT') data.push(body);
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const out = Buffer.alloc(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		for (let i = 0; i < stride; i++) {
			const x = raw[y * (stride + 1) + 1 + i] ?? 0;
			const a = i >= channels ? (out[y * stride + i - channels] ?? 0) : 0;
			const b = y > 0 ? (out[(y - 1) * stride + i] ?? 0) : 0;
			const c = y > 0 && i >= channels ? (out[(y - 1) * stride + i - channels] ?? 0) : 0;
			out[y * stride + i] = (x + predict(filter ?? 0, a, b, c)) & 0xff;
		}
	}
	return {
		width,
		height,
		at(x, y) {
			const i = y * stride + x * channels;
			return [
				out[i] ?? 0,
				out[i + 1] ?? 0,
				out[i + 2] ?? 0,
				channels === 4 ? (out[i + 3] ?? 0) : 255
			];
		}
	};
}

function predict(filter: number, a: number, b: number, c: number): number {
	if (filter === 1) return a;
	if (filter === 2) return b;
	if (filter === 3) return (a + b) >> 1;
	if (filter === 4) {
		const p = a + b - c;
		const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
		return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
	}
	return 0;
}
