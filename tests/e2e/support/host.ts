/**
 * Another newsroom's site for the embed tests: a real server of its own on the loopback address,
 * another origin as a host would be. (Chromium will not let a page it takes for public, such as
 * a routed fake host, frame localhost.) Each test sets the article it serves.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Host {
	/** The host's origin, e.g. http://127.0.0.1:41234 */
	origin: string;
	/** Sets the HTML every page of the host serves. */
	serve(html: string): void;
	close(): Promise<void>;
}

export async function startHost(): Promise<Host> {
	let html = '';
	const server: Server = createServer((req, res) => {
		if (req.url === '/pym.v1.min.js') {
			res.writeHead(200, { 'content-type': 'text/javascript' });
			res.end(readFileSync('node_modules/pym.js/dist/pym.v1.min.js'));
		} else {
			res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
			res.end(html);
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		serve: (next) => (html = next),
		close: () => new Promise<void>((done) => server.close(() => done()))
	};
}
