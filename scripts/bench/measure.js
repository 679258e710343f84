/** Pure: the numbers of one Lighthouse result, and the median of several runs' numbers. */

/**
 * @typedef {import('./settings.js').CATEGORIES[number]} Category
 * @typedef {{ url: string, ms: number }} ScriptTime
 * @typedef {{ url: string, bytes: number }} Transfer
 * @typedef {object} Diagnostics what a failed budget is explained with
 * @property {string | null} lcpElement the LCP element's HTML
 * @property {string | null} shiftElement the element that shifted most, if any did
 * @property {ScriptTime[]} scriptMs the scripts that kept the main thread busiest (simulated ms)
 * @property {Transfer[]} scripts every script, largest transfer first
 * @property {Transfer[]} largest the largest transfers of any kind
 * @typedef {object} Measure one Lighthouse run, or the median of several
 * @property {Record<Category, number | null>} scores 0 to 100
 * @property {number | null} fcp ms
 * @property {number | null} lcp ms
 * @property {number | null} tbt ms
 * @property {number | null} cls
 * @property {number | null} jsBytes transferred, scripts only
 * @property {number | null} totalBytes transferred
 * @property {number | null} requests
 * @property {Record<Category, string[]>} failed each weighted audit below 1, as `id` or `id (why)`
 * @property {Diagnostics} diagnostics
 */

/** How many scripts and transfers a diagnosis lists. */
const LISTED = 4;

/**
 * @param {unknown} value
 * @returns {string | null} the snippet of the first DOM node found in an audit's details
 */
function firstNodeSnippet(value) {
	if (!value || typeof value !== 'object') return null;
	const record = /** @type {Record<string, unknown>} */ (value);
	if (record.type === 'node' && typeof record.snippet === 'string') return record.snippet;
	for (const child of Object.values(record)) {
		const found = firstNodeSnippet(child);
		if (found) return found;
	}
	return null;
}

/**
 * @template {Record<Category, unknown>} T
 * @param {(category: Category) => T[Category]} pick
 * @returns {T}
 */
const perCategory = (pick) =>
	/** @type {T} */ ({
		performance: pick('performance'),
		accessibility: pick('accessibility'),
		'best-practices': pick('best-practices'),
		seo: pick('seo')
	});

/**
 * @param {import('lighthouse').Result} lhr
 * @returns {Measure}
 */
export function measure(lhr) {
	/** @param {string} id */
	const numeric = (id) => {
		const value = lhr.audits[id]?.numericValue;
		return typeof value === 'number' ? value : null;
	};
	/** @param {string} id */
	const items = (id) =>
		/** @type {Record<string, unknown>[]} */ (
			/** @type {{ items?: unknown[] }} */ (lhr.audits[id]?.details ?? {}).items ?? []
		);
	/** @param {string} type */
	const summary = (type) => items('resource-summary').find((item) => item.resourceType === type);
	/** @param {string} id */
	const explain = (id) => {
		const audit = lhr.audits[id];
		if (!audit) return id;
		// inspector-issues says only that there are issues; their types say which.
		const issues = id === 'inspector-issues' ? items(id).map((i) => i.issueType) : [];
		const why = audit.explanation || issues.join(', ');
		return why ? `${id} (${why})` : id;
	};
	/** @param {Category} category */
	const failed = (category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.filter((ref) => {
				const score = lhr.audits[ref.id]?.score;
				return typeof score === 'number' && score < 1;
			})
			.map((ref) => explain(ref.id));
	/** @param {Category} category */
	const score = (category) => {
		const raw = lhr.categories[category]?.score;
		return typeof raw === 'number' ? Math.round(raw * 100) : null;
	};
	const transfers = items('network-requests')
		.filter((r) => typeof r.url === 'string' && typeof r.transferSize === 'number')
		.map((r) => ({ url: String(r.url), bytes: Number(r.transferSize), type: r.resourceType }))
		.sort((a, b) => b.bytes - a.bytes);
	const bytes = (/** @type {unknown} */ value) => (typeof value === 'number' ? value : null);
	return {
		scores: perCategory(score),
		fcp: numeric('first-contentful-paint'),
		lcp: numeric('largest-contentful-paint'),
		tbt: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		jsBytes: bytes(summary('script')?.transferSize),
		totalBytes: bytes(summary('total')?.transferSize),
		requests: bytes(summary('total')?.requestCount),
		failed: perCategory(failed),
		diagnostics: {
			lcpElement: firstNodeSnippet(lhr.audits['lcp-breakdown-insight']?.details),
			shiftElement: firstNodeSnippet(lhr.audits['layout-shifts']?.details),
			scriptMs: items('bootup-time')
				.slice(0, LISTED)
				.map((item) => ({ url: String(item.url), ms: Math.round(Number(item.total)) })),
			scripts: transfers
				.filter((t) => t.type === 'Script')
				.map(({ url, bytes }) => ({ url, bytes })),
			largest: transfers.slice(0, LISTED).map(({ url, bytes }) => ({ url, bytes }))
		}
	};
}

/**
 * @param {(number | null)[]} values
 * @returns {number | null} the median of the numbers among them, null when there is none
 */
export function median(values) {
	const sorted = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
	if (!sorted.length) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? null)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The median of each number on its own; an audit counts as failed when it failed in most runs.
 * The diagnostics are those of the run whose LCP is the median, so they explain a real run.
 * @param {Measure[]} runs
 * @returns {Measure}
 */
export function medianOf(runs) {
	/** @param {(m: Measure) => number | null} pick */
	const mid = (pick) => median(runs.map(pick));
	/** @param {Category} category */
	const mostly = (category) => {
		/** @type {Map<string, number>} */
		const counts = new Map();
		for (const run of runs) {
			for (const id of run.failed[category]) counts.set(id, (counts.get(id) ?? 0) + 1);
		}
		return [...counts].filter(([, n]) => n * 2 > runs.length).map(([id]) => id);
	};
	const middle = runs.find((run) => run.lcp === mid((m) => m.lcp)) ?? runs[0];
	return {
		scores: perCategory((category) => mid((m) => m.scores[category])),
		fcp: mid((m) => m.fcp),
		lcp: mid((m) => m.lcp),
		tbt: mid((m) => m.tbt),
		cls: mid((m) => m.cls),
		jsBytes: mid((m) => m.jsBytes),
		totalBytes: mid((m) => m.totalBytes),
		requests: mid((m) => m.requests),
		failed: perCategory(mostly),
		diagnostics: middle?.diagnostics ?? {
			lcpElement: null,
			shiftElement: null,
			scriptMs: [],
			scripts: [],
			largest: []
		}
	};
}
