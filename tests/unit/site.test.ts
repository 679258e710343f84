import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, localBuildNotice, siteFromEnv } from '../../scripts/site.js';

describe('siteFromEnv', () => {
	it('defaults to the local preview address', () => {
		expect(siteFromEnv(undefined)).toEqual({
			origin: 'http://localhost:4173',
			base: '',
			url: 'http://localhost:4173/',
			local: true
		});
		expect(siteFromEnv('  ')).toEqual(siteFromEnv(DEFAULT_SITE_URL));
	});

	it('splits a sub-path into origin and base, with or without a trailing slash', () => {
		const expected = {
			origin: 'https://example.org',
			base: '/graphics/micron',
			url: 'https://example.org/graphics/micron/',
			local: false
		};
		expect(siteFromEnv('https://example.org/graphics/micron/')).toEqual(expected);
		expect(siteFromEnv('https://example.org/graphics/micron')).toEqual(expected);
	});

	it('rejects what cannot be a public site address, saying why', () => {
		expect(() => siteFromEnv('example.org')).toThrow(
			'SITE_URL must be an absolute URL such as http://localhost:4173; got "example.org"'
		);
		expect(() => siteFromEnv('ftp://example.org/')).toThrow('SITE_URL must use http or https');
		expect(() => siteFromEnv('https://example.org/?a=1')).toThrow('must not carry');
	});
});

describe('a local build', () => {
	it('is one for this machine, however it is named', () => {
		for (const url of [
			undefined,
			'http://localhost:4174/graphics/micron/',
			'http://127.0.0.1:8080/',
			'http://[::1]:4173/',
			'http://preview.localhost/'
		]) {
			expect(siteFromEnv(url).local, String(url)).toBe(true);
		}
		for (const url of [
			'https://example.org/',
			'https://localhost.example.org/',
			'http://10.0.0.2/'
		]) {
			expect(siteFromEnv(url).local, url).toBe(false);
		}
	});

	it('is announced loudly, with how to make one for a host; a public one is not', () => {
		const notice = localBuildNotice(siteFromEnv(undefined));
		expect(notice).toMatch(/^=+\nLOCAL BUILD for http:\/\/localhost:4173\//);
		for (const word of [
			'canonical',
			'Open Graph',
			'oEmbed',
			'JSON-LD',
			'embed codes',
			'SITE_URL=https://'
		]) {
			expect(notice).toContain(word);
		}
		expect(notice).toContain('npm run check:deploy');
		expect(notice).not.toContain('port');
		expect(localBuildNotice(siteFromEnv(undefined), 4473)).toContain(
			'Served here on port 4473: those addresses lead to port 4173.'
		);
		expect(localBuildNotice(siteFromEnv('https://example.org/graphics/micron/'))).toBe('');
	});
});
