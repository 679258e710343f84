/** Pure: how the bench prints numbers, URLs and tables. */

/** @param {number | null} bytes @returns {string} kB of 1000 bytes, one decimal */
export const kB = (bytes) => (bytes === null ? '-' : (bytes / 1000).toFixed(1));

/** @param {number | null} value @returns {string} */
export const ms = (value) => (value === null ? '-' : String(Math.round(value)));

/** @param {number | null} value ms @returns {string} */
export const seconds = (value) => (value === null ? '-' : `${(value / 1000).toFixed(2)} s`);

/** @param {number | null} value @returns {string} */
export const score = (value) => (value === null ? '-' : String(value));

/** Below this, a layout shift is sub-pixel rounding, not a shift anyone sees. */
export const CLS_ZERO = 0.001;

/**
 * @param {number | null} value
 * @returns {string} `0` up to CLS_ZERO, else two significant digits
 */
export const cls = (value) =>
	value === null ? '-' : value <= CLS_ZERO ? '0' : String(Number(value.toPrecision(2)));

/** @param {number} value @returns {string} with thousands separated by commas */
export const grouped = (value) => String(Math.round(value)).replace(/\B(?=(\d{3})+$)/g, ',');

/**
 * @param {string} url
 * @returns {string} a script or file by its name (the last part of its path), a page by its path
 */
export function shortUrl(url) {
	if (!URL.canParse(url)) return url;
	const { pathname } = new URL(url);
	return pathname.endsWith('/') ? pathname : (pathname.split('/').at(-1) ?? pathname);
}

/**
 * @param {string[][]} rows the first is the header
 * @param {number} [left] how many leading columns are left-aligned (words); the rest are numbers,
 *   right-aligned
 * @returns {string}
 */
export function table(rows, left = 1) {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	/** @param {string[]} row */
	const line = (row) =>
		row
			.map((cell, i) => (i < left ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	return [
		line(rows[0] ?? []),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.slice(1).map(line)
	].join('\n');
}
