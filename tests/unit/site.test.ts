import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_URL, siteFromEnv } from '../../scripts/site.js';

describe('siteFromEnv', () => {
	it('defaults to the local preview address', () => {
		expect(siteFromEnv(undefined)).toEqual({
			origin: 'http://localhost:4173',
			base: '',
			url: 'http://localhost:4173/'
		});
		expect(siteFromEnv('  ')).toEqual(siteFromEnv(DEFAULT_SITE_URL));
	});

	it('splits a sub-path into origin and base, with or without a trailing slash', () => {
		const expected = {
			origin: 'https://example.org',
			base: '/graphics/micron',
			url: 'https://example.org/graphics/micron/'
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
