/**
 * The preview server (scripts/static-server.js: serve-static, with the base path, the twins and
 * the _headers layer around it) against hostile and ordinary requests, on a small site built
 * here: no request may stop it or leak a file handle, no client may hold it by sending slowly,
 * and what it answers must be what a careful static host answers. static/_headers is copied
 * into the site, so its rules are tested as the hosts would apply them.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliCompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	createStaticServer,
	headersFor,
	normalizeRange,
	parseHeadersFile
} from '../../scripts/static-server.js';

type Reply = { status: number; headers: IncomingHttpHeaders; body: Buffer };
type Hostile = { name: string; path: string; status: number; headers?: Record<string, string> };

const SECRET = 'outside the site root';
const INDEX = '<!doctype html><h1>Home</h1>';
const NOT_FOUND = '<!doctype html><h1>Page not found</h1>';
const SCRIPT = `export const app = ${JSON.stringify('x'.repeat(300))};\n`;
const CSV = 'year,value\n2023,1\n';
// Random, so that no wrong slice of it can equal the right one.
const BIG = randomBytes(64 * 1024);

let work: string;
let root: string;
let server: Server;
let port: number;
let subServer: Server;
let subPort: number;

function write(path: string, content: string | Buffer) {
	mkdirSync(dirname(join(root, path)), { recursive: true });
	writeFileSync(join(root, path), content);
}

async function listen(instance: Server): Promise<number> {
	await new Promise<void>((done) => instance.listen(0, '127.0.0.1', done));
	return (instance.address() as AddressInfo).port;
}

function get(
	path: string,
	options: { method?: string; headers?: Record<string, string>; on?: number } = {}
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const req = request(
			{
				host: '127.0.0.1',
				port: options.on ?? port,
				path,
				method: options.method ?? 'GET',
				headers: options.headers,
				agent: false
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (chunk: Buffer) => chunks.push(chunk));
				res.on('end', () =>
					resolve({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks)
					})
				);
				res.on('error', reject);
			}
		);
		req.on('error', reject);
		req.end();
	});
}

/** Sends bytes as they are and returns everything the server sends back before closing. */
function raw(text: string, on = port): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(on, '127.0.0.1', () => socket.write(text));
		const chunks: Buffer[] = [];
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('end', () => resolve(Buffer.concat(chunks).toString('latin1')));
		socket.on('error', reject);
	});
}

async function stillServes() {
	const reply = await get('/');
	expect(reply.status).toBe(200);
	expect(reply.body.toString()).toBe(INDEX);
}

const openHandles = () => readdirSync('/proc/self/fd').length;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'static-server-'));
	root = join(work, 'site');
	writeFileSync(join(work, 'secret.txt'), SECRET);
	write('index.html', INDEX);
	write('index.html.gz', gzipSync(INDEX));
	write('index.html.br', brotliCompressSync(INDEX));
	write('404.html', NOT_FOUND);
	write('embed.js', SCRIPT);
	write('.env', SECRET);
	write('data/index.html', '<!doctype html><h1>Data</h1>');
	write('data/figures.csv', CSV);
	write('data/figures.json', '{"year":2023}');
	write('images/timeline/overview.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
	write('cards/big.png', BIG);
	write('embed/timeline/index.html', '<!doctype html><h1>Embed</h1>');
	write('_app/immutable/entry/app.Ab12Cd.js', SCRIPT);
	write('_app/immutable/entry/app.Ab12Cd.js.gz', gzipSync(SCRIPT));
	copyFileSync(new URL('../../static/_headers', import.meta.url), join(root, '_headers'));
	server = createStaticServer(root, '');
	port = await listen(server);
	subServer = createStaticServer(root, '/graphics/micron');
	subPort = await listen(subServer);
});

afterAll(async () => {
	await new Promise((done) => server?.close(done));
	await new Promise((done) => subServer?.close(done));
	rmSync(work, { recursive: true, force: true });
});

describe('hostile requests', () => {
	const cases: Hostile[] = [
		{
			name: 'a backwards range',
			path: '/embed.js',
			status: 200,
			headers: { Range: 'bytes=100-50' }
		},
		{ name: 'a bracket where a host would be', path: '//[/', status: 404 },
		{ name: 'an absolute target with a broken host', path: 'http://[/', status: 400 },
		{
			name: 'an absolute target with credentials and no host',
			path: 'http://a:b@/x',
			status: 400
		},
		{ name: 'an authority-like path with a bad port', path: '//a:99999/x', status: 404 },
		{ name: 'a path that is not a path', path: '*', status: 400 },
		{ name: 'a bad percent escape', path: '/%E0%A4%A', status: 400 },
		{ name: 'a raw ..', path: '/../secret.txt', status: 400 },
		{ name: 'an encoded ..', path: '/%2e%2e/secret.txt', status: 400 },
		{ name: 'an encoded slash before ..', path: '/data/..%2f..%2fsecret.txt', status: 400 },
		{ name: 'a backslash', path: '/..\\secret.txt', status: 400 },
		{ name: 'an encoded backslash', path: '/%5c..%5csecret.txt', status: 400 },
		{ name: 'a NUL byte', path: '/index.html%00.png', status: 400 },
		{ name: 'a double-encoded ..', path: '/%252e%252e/secret.txt', status: 404 },
		{ name: 'a dotfile', path: '/.env', status: 404 },
		{ name: "the host's configuration", path: '/_headers', status: 404 },
		{ name: 'a file used as a directory', path: '/index.html/', status: 404 },
		{ name: 'a name too long for the file system', path: `/${'a'.repeat(5000)}`, status: 404 },
		{
			name: 'an absurd range',
			path: '/cards/big.png',
			status: 416,
			headers: { Range: `bytes=${'9'.repeat(400)}-` }
		}
	];
	it.each(cases)(
		'$name answers $status and the server goes on',
		async ({ path, status, headers }) => {
			const reply = await get(path, { headers });
			expect(reply.status, path.slice(0, 80)).toBe(status);
			expect(reply.headers['x-content-type-options']).toBe('nosniff');
			expect(reply.body.toString()).not.toContain(SECRET);
			await stillServes();
		}
	);

	it('redirects a directory without its slash, never to another host', async () => {
		for (const path of ['/data', '//data', '///data']) {
			const reply = await get(`${path}?a=1`);
			expect(reply.status).toBe(301);
			expect(reply.headers.location).toBe('/data/?a=1');
		}
	});

	it('leaks no file handle when 300 downloads are abandoned', { timeout: 10_000 }, async () => {
		await get('/cards/big.png');
		const before = openHandles();
		const abandon = (index: number) =>
			new Promise<void>((done) => {
				const req = request({ host: '127.0.0.1', port, path: '/cards/big.png', agent: false });
				req.on('error', () => done());
				req.on('close', () => done());
				// Half leave after the first bytes, half as soon as the request is out.
				if (index % 2) req.on('finish', () => setImmediate(() => req.destroy()));
				else req.on('response', (res) => res.once('data', () => req.destroy()));
				req.end();
			});
		for (let batch = 0; batch < 6; batch++) {
			await Promise.all(Array.from({ length: 50 }, (_, i) => abandon(batch * 50 + i)));
		}
		let count = openHandles();
		for (let wait = 0; wait < 40 && count > before + 3; wait++) {
			await new Promise((done) => setTimeout(done, 100));
			count = openHandles();
		}
		expect(count).toBeLessThanOrEqual(before + 3);
		await stillServes();
	});
});

describe('slow clients', () => {
	it('gives a client 10 s at most to send its headers, not Node’s 60', () => {
		expect(server.headersTimeout).toBeGreaterThan(0);
		expect(server.headersTimeout).toBeLessThanOrEqual(10_000);
		expect(server.requestTimeout).toBeLessThanOrEqual(30_000);
	});

	it(
		'closes a connection whose headers never finish, and goes on',
		{ timeout: 10_000 },
		async () => {
			const quick = createStaticServer(root, '', { headersTimeout: 500 });
			const quickPort = await listen(quick);
			try {
				const started = Date.now();
				const reply = await new Promise<string>((resolve, reject) => {
					const socket = connect(quickPort, '127.0.0.1', () => {
						socket.write('GET / HTTP/1.1\r\nHost: x\r\n');
						// One more header line now and then, never the blank line that ends them.
						const drip = setInterval(() => socket.write('X-Slow: 1\r\n'), 200);
						socket.on('close', () => clearInterval(drip));
					});
					const chunks: Buffer[] = [];
					socket.on('data', (chunk) => chunks.push(chunk));
					socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
					socket.on('error', reject);
				});
				expect(Date.now() - started).toBeLessThan(4000);
				expect(reply).toMatch(/^HTTP\/1\.1 408 /);
				await stillServes();
			} finally {
				await new Promise((done) => quick.close(done));
			}
		}
	);
});

describe('ranges (RFC 9110)', () => {
	const size = BIG.length;
	it.each([
		['bytes=0-99', 0, 99],
		['bytes=-10', size - 10, size - 1],
		['bytes=65000-', 65000, size - 1],
		['bytes=60000-99999999', 60000, size - 1],
		['bytes=-100000', 0, size - 1],
		['BYTES=5-5', 5, 5]
	])('%s sends bytes %i to %i with 206', async (range, first, last) => {
		const reply = await get('/cards/big.png', { headers: { Range: range } });
		expect(reply.status).toBe(206);
		expect(reply.headers['content-range']).toBe(`bytes ${first}-${last}/${size}`);
		expect(reply.headers['content-length']).toBe(String(last - first + 1));
		expect(reply.body.equals(BIG.subarray(first, last + 1))).toBe(true);
	});

	it.each(['bytes=70000-80000', `bytes=${size}-`, 'bytes=-0'])(
		'%s is unsatisfiable: 416 with the size',
		async (range) => {
			const reply = await get('/cards/big.png', { headers: { Range: range } });
			expect(reply.status).toBe(416);
			expect(reply.headers['content-range']).toBe(`bytes */${size}`);
			expect(reply.body.length).toBeLessThan(100);
		}
	);

	it.each([
		'bytes=abc',
		'bytes=100-50',
		'bytes=0-9,20-29',
		'bytes=0-10,5-20',
		'items=0-5',
		'bytes='
	])('%s is ignored: 200 with the whole file', async (range) => {
		const reply = await get('/cards/big.png', { headers: { Range: range } });
		expect(reply.status).toBe(200);
		expect(reply.headers['content-range']).toBeUndefined();
		expect(reply.body.equals(BIG)).toBe(true);
	});

	it('counts a range in the identity bytes, never in a compressed twin', async () => {
		const reply = await get('/', {
			headers: { Range: 'bytes=0-4', 'Accept-Encoding': 'gzip, br' }
		});
		expect(reply.status).toBe(206);
		expect(reply.headers['content-encoding']).toBeUndefined();
		expect(reply.body.toString()).toBe(INDEX.slice(0, 5));
	});

	it('ignores a range when If-Range names another version', async () => {
		const reply = await get('/cards/big.png', {
			headers: { Range: 'bytes=0-9', 'If-Range': '"not-this-one"' }
		});
		expect(reply.status).toBe(200);
		expect(reply.body.length).toBe(size);
	});

	it('normalizes only single, well-formed byte ranges', () => {
		expect(normalizeRange('bytes=-10', 100)).toBe('bytes=-10');
		expect(normalizeRange('bytes=-100', 100)).toBe('bytes=0-');
		expect(normalizeRange('bytes=10-', 100)).toBe('bytes=10-');
		expect(normalizeRange('bytes=1-2, 3-4', 100)).toBeUndefined();
		expect(normalizeRange('bytes=0-0', 0)).toBeUndefined();
		expect(normalizeRange(undefined, 100)).toBeUndefined();
	});
});

describe('methods', () => {
	it.each(['POST', 'DELETE', 'TRACE', 'OPTIONS', 'PUT', 'PATCH'])(
		'%s gets 405 with Allow',
		async (method) => {
			const reply = await get('/', { method });
			expect(reply.status).toBe(405);
			expect(reply.headers.allow).toBe('GET, HEAD');
			expect(reply.body.toString()).not.toContain('Home');
			await stillServes();
		}
	);

	it('HEAD sends the headers of GET and no body, for a file, a range and a 404', async () => {
		const file = await raw('HEAD /embed.js HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
		expect(file).toMatch(/^HTTP\/1\.1 200 /);
		expect(file).toContain(`Content-Length: ${Buffer.byteLength(SCRIPT)}`);
		expect(file.endsWith('\r\n\r\n')).toBe(true);
		const range = await raw(
			'HEAD /cards/big.png HTTP/1.1\r\nHost: x\r\nRange: bytes=0-9\r\nConnection: close\r\n\r\n'
		);
		expect(range).toMatch(/^HTTP\/1\.1 206 /);
		expect(range.endsWith('\r\n\r\n')).toBe(true);
		const missing = await raw('HEAD /nowhere/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
		expect(missing).toMatch(/^HTTP\/1\.1 404 /);
		expect(missing.endsWith('\r\n\r\n')).toBe(true);
	});
});

describe('files', () => {
	it.each([
		['/', 'text/html; charset=utf-8'],
		['/data/figures.csv', 'text/csv; charset=utf-8'],
		['/data/figures.json', 'application/json; charset=utf-8'],
		['/images/timeline/overview.svg', 'image/svg+xml'],
		['/cards/big.png', 'image/png'],
		['/embed.js', 'text/javascript; charset=utf-8']
	])('%s is %s, not to be sniffed', async (path, type) => {
		const reply = await get(path);
		expect(reply.status).toBe(200);
		expect(reply.headers['content-type']).toBe(type);
		expect(reply.headers['x-content-type-options']).toBe('nosniff');
	});

	it('caches hashed files for a year, pages never without asking, the rest briefly', async () => {
		const immutable = await get('/_app/immutable/entry/app.Ab12Cd.js');
		expect(immutable.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		expect((await get('/')).headers['cache-control']).toBe('no-cache');
		expect((await get('/data/')).headers['cache-control']).toBe('no-cache');
		expect((await get('/nowhere/')).headers['cache-control']).toBe('no-cache');
		const csv = (await get('/data/figures.csv')).headers['cache-control'] ?? '';
		expect(csv).toMatch(/^public, max-age=\d+$/);
		expect(Number(/\d+/.exec(csv)?.[0])).toBeLessThanOrEqual(3600);
	});

	it('serves index.html for a directory and NAME.html for /NAME', async () => {
		expect((await get('/data/')).body.toString()).toContain('Data');
		const page = await get('/404');
		expect(page.status).toBe(200);
		expect(page.body.toString()).toBe(NOT_FOUND);
	});

	it('answers unknown paths with 404.html and status 404', async () => {
		for (const path of ['/no-such-page/', '/embed/no-such-chart/deeper/', '/data/nothing.csv']) {
			const reply = await get(path);
			expect(reply.status).toBe(404);
			expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(reply.body.toString()).toBe(NOT_FOUND);
		}
	});

	it('sends the twin the client accepts, best first, and says it varies', async () => {
		const brotli = await get('/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
		expect(brotli.headers['content-encoding']).toBe('br');
		const gzip = await get('/', { headers: { 'Accept-Encoding': 'gzip, br;q=0' } });
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(INDEX);
		expect(gzip.headers['content-type']).toBe('text/html; charset=utf-8');
		const identity = await get('/', { headers: { 'Accept-Encoding': 'gzip;q=0, br;q=0' } });
		expect(identity.headers['content-encoding']).toBeUndefined();
		expect(identity.body.toString()).toBe(INDEX);
		const noTwin = await get('/data/', { headers: { 'Accept-Encoding': 'gzip' } });
		expect(noTwin.headers['content-encoding']).toBeUndefined();
		for (const reply of [brotli, gzip, identity, noTwin]) {
			expect(reply.headers.vary).toBe('Accept-Encoding');
		}
	});

	it('answers a matching If-None-Match with 304, per encoding', async () => {
		for (const encoding of ['identity', 'gzip']) {
			const headers = { 'Accept-Encoding': encoding };
			const first = await get('/embed.js', { headers });
			const etag = first.headers.etag ?? '';
			expect(etag).not.toBe('');
			const again = await get('/embed.js', { headers: { ...headers, 'If-None-Match': etag } });
			expect(again.status).toBe(304);
			expect(again.body.length).toBe(0);
		}
		const identity = await get('/_app/immutable/entry/app.Ab12Cd.js');
		const gzip = await get('/_app/immutable/entry/app.Ab12Cd.js', {
			headers: { 'Accept-Encoding': 'gzip' }
		});
		expect(gzip.headers['content-encoding']).toBe('gzip');
		expect(gzip.headers.etag).not.toBe(identity.headers.etag);
	});
});

describe('_headers', () => {
	it('keeps pages to their own frames, embeds framable by anyone', async () => {
		for (const path of [
			'/',
			'/data/',
			'/data/figures.csv',
			'/images/timeline/overview.svg',
			'/404',
			'/nowhere'
		]) {
			const reply = await get(path);
			expect(reply.headers['x-frame-options'], path).toBe('SAMEORIGIN');
			expect(reply.headers['content-security-policy'], path).toBe("frame-ancestors 'self'");
		}
		const embed = await get('/embed/timeline/');
		expect(embed.status).toBe(200);
		expect(embed.headers['x-frame-options']).toBeUndefined();
		expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
		for (const reply of [embed, await get('/'), await get('/_app/immutable/entry/app.Ab12Cd.js')]) {
			expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(reply.headers['x-content-type-options']).toBe('nosniff');
		}
	});

	it('reads paths, one-segment placeholders and splats as the hosts do', () => {
		const rules = parseHeadersFile(
			'# comment\n/*\n  A: 1\n/:name\n  B: 2\n/embed/*\n  A: 3\n\n/x.html\n  C: 4\n'
		);
		expect(headersFor(rules, '/')).toEqual({ A: '1' });
		expect(headersFor(rules, '/page')).toEqual({ A: '1', B: '2' });
		expect(headersFor(rules, '/page/')).toEqual({ A: '1' });
		expect(headersFor(rules, '/embed/timeline/')).toEqual({ A: '1, 3' });
		expect(headersFor(rules, '/x.html')).toEqual({ A: '1', B: '2', C: '4' });
		expect(headersFor(rules, '/xahtml')).toEqual({ A: '1', B: '2' });
	});

	it('refuses syntax it would not apply, such as a Cloudflare detach', () => {
		expect(() => parseHeadersFile('/embed/*\n  ! X-Frame-Options\n')).toThrow('line 2');
		expect(() => parseHeadersFile('  A: 1\n')).toThrow('line 1');
		expect(() => parseHeadersFile('https://example.org/*\n  A: 1\n')).toThrow('line 1');
		expect(() => parseHeadersFile('/*/*\n  A: 1\n')).toThrow('line 1');
		expect(() => parseHeadersFile('/*\n  A: b\u0001c\n')).toThrow('Invalid character');
	});
});

describe('under a base path', () => {
	const at = (path: string, headers?: Record<string, string>) =>
		get(path, { on: subPort, headers });

	it('redirects the base path to its slash, keeping the query', async () => {
		const reply = await at('/graphics/micron?a=1');
		expect(reply.status).toBe(301);
		expect(reply.headers.location).toBe('/graphics/micron/?a=1');
	});

	it('serves the site below it and only there', async () => {
		expect((await at('/graphics/micron/')).body.toString()).toBe(INDEX);
		expect((await at('/graphics/micron/data')).headers.location).toBe('/graphics/micron/data/');
		const immutable = await at('/graphics/micron/_app/immutable/entry/app.Ab12Cd.js');
		expect(immutable.headers['cache-control']).toBe('public, max-age=31536000, immutable');
		const embed = await at('/graphics/micron/embed/timeline/');
		expect(embed.headers['content-security-policy']).toBe('frame-ancestors *');
		for (const path of [
			'/',
			'/index.html',
			'/graphics/micronx',
			'/graphics/micron/../secret.txt'
		]) {
			const reply = await at(path);
			expect(reply.status, path).toBeGreaterThanOrEqual(400);
			expect(reply.body.toString()).not.toContain(SECRET);
		}
		expect((await at('/graphics/')).body.toString()).toBe(NOT_FOUND);
	});
});
