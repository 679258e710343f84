/**
 * The `_headers` file (Netlify, Cloudflare Pages; static/_headers, copied to build/_headers) read
 * as those hosts read it, so the preview server (static-server.js) sends what they would send.
 */
import { validateHeaderValue } from 'node:http';

/** @typedef {{ pattern: RegExp, headers: [string, string][] }} HeaderRule */

/**
 * Parses the part of the `_headers` syntax (Netlify, Cloudflare Pages) that static/_headers uses:
 * `#` comments, a path on its own line (`:name` matches one segment, one `*` anything), then
 * indented `Name: value` lines. Anything else throws, Cloudflare's `! Name` included (Netlify
 * rejects it), so the file cannot drift into rules this preview would silently not apply.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeadersFile(text) {
	/** @type {HeaderRule[]} */
	const rules = [];
	text.split(/\r?\n/).forEach((line, index) => {
		const content = line.trim();
		if (!content || content.startsWith('#')) return;
		const header = /^([A-Za-z0-9-]+):\s*(\S.*)$/.exec(content);
		const rule = rules.at(-1);
		if (/^\s/.test(line) && header && rule) {
			const [, name = '', value = ''] = header;
			validateHeaderValue(name, value); // here, not on every request
			rule.headers.push([name, value]);
		} else if (/^\/\S*$/.test(content) && content === line.trimEnd() && !/\*.*\*/.test(content)) {
			const source = content
				.split('/')
				.map((part) =>
					/^:[A-Za-z]\w*$/.test(part)
						? '[^/]+'
						: part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*')
				)
				.join('/');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			throw new Error(`_headers, line ${index + 1}: not understood: ${content}`);
		}
	});
	return rules;
}

/**
 * The headers every matching rule gives a path; like both hosts, a header set by two rules
 * gets both values, comma-joined.
 * @param {HeaderRule[]} rules
 * @param {string} path the path within the site, without the base path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
	/** @type {Map<string, [string, string[]]>} */
	const found = new Map();
	for (const rule of rules.filter((each) => each.pattern.test(path))) {
		for (const [name, value] of rule.headers) {
			const entry = found.get(name.toLowerCase()) ?? [name, []];
			found.set(name.toLowerCase(), [entry[0], [...entry[1], value]]);
		}
	}
	return Object.fromEntries([...found.values()].map(([name, values]) => [name, values.join(', ')]));
}
