/**
 * build/_headers against the build it ships with: every rule's path matches something the site
 * serves (a rule for a folder that no longer exists protects nothing, and hides that the folder
 * it meant is unprotected), and every file the site serves, but the embeds, is kept out of other
 * sites' frames.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/headers-file.js';
import { BUILD, requireBuild } from './support';

requireBuild();

/** Every address the build serves: each file, and each page by its trailing-slash address. */
function served(dir: string = BUILD): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return served(path);
		if (/\.(gz|br)$/.test(entry.name) || entry.name === '_headers') return [];
		const address = `/${relative(BUILD, path).split(sep).join('/')}`;
		return address.endsWith('/index.html') ? [address, address.slice(0, -'index.html'.length)] : [address];
	});
}

describe('build/_headers', () => {
	const source = readFileSync(join(BUILD, '_headers'), 'utf8');
	const rules = parseHeadersFile(source);
	const paths = source.split('\n').filter((line) => line.startsWith('/'));
	const addresses = served();

	it('has rules, and the build has files', () => {
		expect(rules.length).toBe(paths.length);
		expect(addresses.length).toBeGreaterThan(50);
	});

	it('every rule matches something the site serves', () => {
		const idle = paths.filter((_, i) => !addresses.some((a) => rules[i]?.pattern.test(a)));
		expect(idle, 'rules that match no file in the build').toEqual([]);
	});

	it('every address but the embeds is kept out of other sites’ frames; the embeds are not', () => {
		const open = addresses.filter((a) => !a.startsWith('/embed/') && !headersFor(rules, a)['X-Frame-Options']);
		expect(open).toEqual([]);
		for (const page of addresses.filter((a) => /^\/embed\/[^/]+\/$/.test(a))) {
			expect(headersFor(rules, page)['Content-Security-Policy'], page).toBe('frame-ancestors *');
		}
	});
});
