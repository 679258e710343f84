/**
 * Every built page carries a Content Security Policy (kit.csp in svelte.config.js, written by
 * SvelteKit as a <meta http-equiv> because every page is prerendered) that allows no inline
 * script it has not hashed, and the hashes cover every inline script actually in the page.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILD, htmlFiles, requireBuild } from './support';


requireBuild();

const decode = (text: string) =>
	text
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&#x27;', "'")
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&amp;', '&');

/** The policy's directives, by name, each with its list of sources. */
function parsePolicy(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

const CSP_META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"\s*\/?>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
/** Types a browser runs; anything else (application/json, application/ld+json) is data. */
const EXECUTABLE = /^(|text\/javascript|application\/javascript|module|text\/ecmascript)$/i;

const pages = htmlFiles(BUILD);

describe('Content Security Policy', () => {
	it('the build has HTML pages to check', () => {
		expect(pages.length).toBeGreaterThan(5);
	});

	for (const file of pages) {
		const name = relative(BUILD, file);

		it(`${name}: one CSP meta, before any script, with hashes for every inline script`, () => {
			const html = readFileSync(file, 'utf8');
			const metas = [...html.matchAll(CSP_META)];
			expect(metas, 'exactly one CSP <meta http-equiv>').toHaveLength(1);
			const meta = metas[0];
			const firstScript = html.search(/<script\b/i);
			if (firstScript >= 0 && meta) {
				expect(meta.index, 'the CSP meta comes before the first <script>').toBeLessThan(firstScript);
			}

			const policy = parsePolicy(decode(meta?.[1] ?? ''));
			const scriptSrc = policy.get('script-src') ?? policy.get('default-src');
			expect(scriptSrc, 'script-src (or default-src) is set').toBeDefined();
			for (const directive of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
				const sources = policy.get(directive) ?? [];
				expect(sources, `${directive} allows no inline script`).not.toContain("'unsafe-inline'");
				expect(sources, `${directive} allows no eval`).not.toContain("'unsafe-eval'");
				expect(sources, `${directive} allows no arbitrary host`).not.toContain('*');
			}
			expect(policy.get('object-src')).toEqual(["'none'"]);
			expect(policy.get('base-uri')).toEqual(["'self'"]);
			expect(policy.has('frame-ancestors'), 'no frame-ancestors: embeds stay framable').toBe(false);

			const inline = [...html.matchAll(SCRIPT)].filter(([, attributes = '']) => {
				if (/\ssrc\s*=/i.test(attributes)) return false;
				const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
				return EXECUTABLE.test(type.trim());
			});
			for (const [, , body = ''] of inline) {
				const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
				expect(scriptSrc, `an inline script starting "${body.trim().slice(0, 60)}"`).toContain(hash);
			}
		});

		it(`${name}: no inline event handlers or javascript: URLs, which the policy would block`, () => {
			const html = readFileSync(file, 'utf8').replace(SCRIPT, '');
			expect(html.match(/<[a-z][^>]*\son[a-z]+\s*=/gi) ?? []).toEqual([]);
			expect(html.match(/\s(?:href|src|action)\s*=\s*"\s*javascript:/gi) ?? []).toEqual([]);
		});
	}
});
