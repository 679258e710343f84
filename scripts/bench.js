/**
 * `npm run bench`: a quality REPORT for the built site, not a test. A missed budget does not make
 * it fail (BENCH_STRICT=1 does); it measures, prints tables and writes bench/results.json.
 *
 * - Lighthouse 13 (Node API) in Chromium, mobile defaults with simulated throttling, BENCH_RUNS
 *   (3) runs per page, median of each number: the story, every embed page, one share page
 *   (BENCH_SHARE, default timeline), and the floor.
 * - The floor is a bare SvelteKit page with one heading, built in the same run from a throwaway
 *   project in a temp dir that reuses this repo's node_modules, app.html, favicon and CSP: what any
 *   SvelteKit page costs before the explainer adds anything. The story is shown as ratios to it.
 * - Scroll smoothness: the story scrolled top to bottom under 4x CPU throttling, counting long
 *   tasks (PerformanceObserver 'longtask') and frames over 50 ms (requestAnimationFrame gaps).
 *
 * The site is build/ (or BUILD_DIR; `npm run build` runs first if it is missing), served on
 * loopback by the same static server as `npm run serve`, from the precompressed .gz files
 * (Accept-Encoding is narrowed to gzip, the budgets' unit; brotli would be a little smaller).
 * Chromium reaches it at the origin the build was made for (SITE_URL, default
 * http://localhost:4173) through a host-resolver rule, so canonical and og: URLs are same-origin
 * as in production, whatever port the bench server got. Sizes: 1 kB = 1000 bytes.
 */
import { spawnSync } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { siteFromEnv } from './site.js';
import { createStaticServer } from './static-server.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS) || 3);
const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
const CPU_SLOWDOWN = 4;
/** Scroll speed of the smoothness run, in CSS px per second: a brisk read, not a fling. */
const SCROLL_SPEED = 1500;
const LONG_FRAME_MS = 50;
const DEVICES = [
	{ name: 'phone', width: 412, height: 823, mobile: true },
	{ name: 'desktop', width: 1350, height: 940, mobile: false }
];

const site = siteFromEnv(process.env.SITE_URL);
const buildDir = resolve(ROOT, process.env.BUILD_DIR ?? 'build');

/**
 * @typedef {typeof CATEGORIES[number]} Category
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
 * @property {{ lcpElement: string | null, scriptMs: { url: string, ms: number }[] }} diagnostics
 *   the LCP element and the scripts that kept the main thread busiest (simulated ms)
 * @typedef {{ name: string, kind: 'floor' | 'story' | 'embed' | 'share', path: string,
 *   url: string, blocked?: string[], note?: string }} Target
 * @typedef {Target & { runs: Measure[], median: Measure, warnings: string[] }} PageResult
 * @typedef {{ page: string, budget: string, limit: string, value: string, pass: boolean,
 *   cause?: string }} BudgetResult
 */

// ---------------------------------------------------------------------------------------------
// The build, the floor and the server

function ensureBuild() {
	if (existsSync(join(buildDir, 'index.html'))) return;
	console.log(`No built site in ${buildDir}: running \`npm run build\` first.\n`);
	const result = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (result.status !== 0 || !existsSync(join(buildDir, 'index.html'))) {
		throw new Error('The build failed; there is nothing to measure.');
	}
}

/**
 * Builds the floor in a temp dir: one prerendered page with a title, a description and one
 * heading in a <main>, nothing else; same app.html, favicon, adapter (precompressed) and CSP as
 * the site.
 * @returns {{ dir: string, remove: () => void }} its build and a function that deletes it all
 */
function buildFloor() {
	const project = mkdtempSync(join(tmpdir(), 'micron-bench-floor-'));
	const remove = () => rmSync(project, { recursive: true, force: true });
	try {
		symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
		mkdirSync(join(project, 'src/routes'), { recursive: true });
		mkdirSync(join(project, 'static'));
		copyFileSync(join(ROOT, 'src/app.html'), join(project, 'src/app.html'));
		copyFileSync(join(ROOT, 'static/favicon.svg'), join(project, 'static/favicon.svg'));
		const siteConfig = pathToFileURL(join(ROOT, 'svelte.config.js')).href;
		const files = {
			'package.json': JSON.stringify({ name: 'bench-floor', private: true, type: 'module' }),
			'svelte.config.js': [
				"import adapter from '@sveltejs/adapter-static';",
				`import site from ${JSON.stringify(siteConfig)};`,
				'export default {',
				'\tkit: { adapter: adapter({ precompress: true, strict: true }), csp: site.kit?.csp }',
				'};'
			].join('\n'),
			'vite.config.js': [
				"import { sveltekit } from '@sveltejs/kit/vite';",
				"export default { plugins: [sveltekit()], logLevel: 'warn' };"
			].join('\n'),
			'src/routes/+layout.js': 'export const prerender = true;\n',
			'src/routes/+page.svelte': [
				'<svelte:head>',
				'\t<title>Floor</title>',
				'\t<meta name="description" content="A bare SvelteKit page with one heading." />',
				'</svelte:head>',
				'',
				'<main><h1>Floor</h1></main>'
			].join('\n')
		};
		for (const [path, text] of Object.entries(files)) writeFileSync(join(project, path), text);
		// The floor is built for nothing in particular: none of the site's build settings apply.
		const env = Object.fromEntries(
			Object.entries(process.env).filter(
				([key]) => !['BUILD_DIR', 'SVELTEKIT_OUT_DIR', 'SITE_URL'].includes(key)
			)
		);
		const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
		const result = spawnSync(process.execPath, [vite, 'build'], {
			cwd: project,
			env,
			encoding: 'utf8'
		});
		if (result.status !== 0 || !existsSync(join(project, 'build/index.html'))) {
			throw new Error(`The floor page did not build:\n${result.stdout}\n${result.stderr}`);
		}
		return { dir: join(project, 'build'), remove };
	} catch (error) {
		remove();
		throw error;
	}
}

/**
 * Serves a built site on a free loopback port through createStaticServer, as gzip.
 * @param {string} dir
 * @param {string} base
 * @returns {Promise<{ port: number, close: () => Promise<void> }>}
 */
async function serve(dir, base) {
	const inner = createStaticServer(dir, base);
	const handle = /** @type {import('node:http').RequestListener} */ (inner.listeners('request')[0]);
	const server = createServer((req, res) => {
		const accepted = String(req.headers['accept-encoding'] ?? '');
		req.headers['accept-encoding'] = /\bgzip\b/.test(accepted) ? 'gzip' : 'identity';
		handle(req, res);
	});
	await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
	const address = server.address();
	return {
		port: typeof address === 'object' && address ? address.port : 0,
		close: () => new Promise((done) => server.close(() => done()))
	};
}

/** @returns {string} */
function chromiumPath() {
	return findChromium() ?? chromium.executablePath();
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

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
 * @param {import('lighthouse').Result} lhr
 * @returns {Measure}
 */
function measure(lhr) {
	/** @param {string} id */
	const numeric = (id) => {
		const value = lhr.audits[id]?.numericValue;
		return typeof value === 'number' ? value : null;
	};
	const summary =
		/** @type {{ items?: { resourceType: string, transferSize: number,
		 *   requestCount: number }[] } | undefined} */ (lhr.audits['resource-summary']?.details);
	/** @param {string} type */
	const row = (type) => summary?.items?.find((item) => item.resourceType === type);
	/** @param {Category} category */
	const score = (category) => {
		const raw = lhr.categories[category]?.score;
		return typeof raw === 'number' ? Math.round(raw * 100) : null;
	};
	/** @param {Category} category */
	const failed = (category) =>
		(lhr.categories[category]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((audit) => audit && typeof audit.score === 'number' && audit.score < 1)
			.map((audit) => {
				if (!audit) return '';
				const items = /** @type {{ items?: Record<string, unknown>[] }} */ (audit.details ?? {})
					.items;
				const issueTypes = audit.id === 'inspector-issues' ? items?.map((i) => i.issueType) : [];
				const why = audit.explanation ?? (issueTypes?.length ? issueTypes.join(', ') : '');
				return why ? `${audit.id} (${why})` : audit.id;
			});
	const bootup = /** @type {{ items?: { url: string, total: number }[] }} */ (
		lhr.audits['bootup-time']?.details ?? {}
	);
	return {
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo')
		},
		fcp: numeric('first-contentful-paint'),
		lcp: numeric('largest-contentful-paint'),
		tbt: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		jsBytes: row('script')?.transferSize ?? null,
		totalBytes: row('total')?.transferSize ?? null,
		requests: row('total')?.requestCount ?? null,
		failed: {
			performance: failed('performance'),
			accessibility: failed('accessibility'),
			'best-practices': failed('best-practices'),
			seo: failed('seo')
		},
		diagnostics: {
			lcpElement: firstNodeSnippet(lhr.audits['lcp-breakdown-insight']?.details),
			scriptMs: (bootup.items ?? [])
				.slice(0, 4)
				.map((item) => ({ url: item.url, ms: Math.round(item.total) }))
		}
	};
}

/**
 * @param {(number | null)[]} values
 * @returns {number | null}
 */
function median(values) {
	const sorted = /** @type {number[]} */ (values.filter((v) => typeof v === 'number')).sort(
		(a, b) => a - b
	);
	if (!sorted.length) return null;
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2
		? (sorted[mid] ?? null)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The median of each number on its own; an audit counts as failed when it failed in most runs.
 * @param {Measure[]} runs
 * @returns {Measure}
 */
function medianOf(runs) {
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
		scores: {
			performance: mid((m) => m.scores.performance),
			accessibility: mid((m) => m.scores.accessibility),
			'best-practices': mid((m) => m.scores['best-practices']),
			seo: mid((m) => m.scores.seo)
		},
		fcp: mid((m) => m.fcp),
		lcp: mid((m) => m.lcp),
		tbt: mid((m) => m.tbt),
		cls: mid((m) => m.cls),
		jsBytes: mid((m) => m.jsBytes),
		totalBytes: mid((m) => m.totalBytes),
		requests: mid((m) => m.requests),
		failed: {
			performance: mostly('performance'),
			accessibility: mostly('accessibility'),
			'best-practices': mostly('best-practices'),
			seo: mostly('seo')
		},
		diagnostics: middle?.diagnostics ?? { lcpElement: null, scriptMs: [] }
	};
}

/**
 * Runs Lighthouse RUNS times against one page, each time in a fresh headless Chromium.
 * @param {Target} target
 * @param {string[]} chromeFlags
 * @returns {Promise<{ result: PageResult, environment: Record<string, unknown> }>}
 */
async function runLighthouse(target, chromeFlags) {
	/** @type {Measure[]} */
	const runs = [];
	/** @type {Set<string>} */
	const warnings = new Set();
	/** @type {Record<string, unknown>} */
	let environment = {};
	for (let i = 1; i <= RUNS; i++) {
		console.log(`  ${target.name}: run ${i} of ${RUNS}`);
		const chrome = await chromeLauncher.launch({
			chromePath: chromiumPath(),
			chromeFlags,
			logLevel: 'silent'
		});
		try {
			const result = await lighthouse(target.url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
				...(target.blocked ? { blockedUrlPatterns: target.blocked } : {})
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
			const { lhr } = result;
			if (lhr.runtimeError) warnings.add(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
			for (const warning of lhr.runWarnings) warnings.add(warning);
			if (lhr.finalDisplayedUrl !== target.url) warnings.add(`ended on ${lhr.finalDisplayedUrl}`);
			environment = {
				lighthouse: lhr.lighthouseVersion,
				userAgent: lhr.environment.hostUserAgent,
				formFactor: lhr.configSettings.formFactor,
				throttlingMethod: lhr.configSettings.throttlingMethod,
				throttling: lhr.configSettings.throttling
			};
			runs.push(measure(lhr));
		} finally {
			chrome.kill();
		}
	}
	return {
		result: { ...target, runs, median: medianOf(runs), warnings: [...warnings] },
		environment
	};
}

// ---------------------------------------------------------------------------------------------
// Scroll smoothness

/**
 * Loads the story, lets it settle, then scrolls it top to bottom at SCROLL_SPEED under
 * CPU_SLOWDOWN, recording long tasks and requestAnimationFrame gaps, each with the section in view.
 * @param {string} url
 * @param {typeof DEVICES[number]} device
 * @param {string[]} args Chromium flags
 */
async function scrollSmoothness(url, device, args) {
	const browser = await chromium.launch({ executablePath: chromiumPath(), args });
	try {
		const context = await browser.newContext({
			viewport: { width: device.width, height: device.height },
			isMobile: device.mobile,
			hasTouch: device.mobile,
			deviceScaleFactor: device.mobile ? 2 : 1
		});
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'networkidle' });
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.waitForTimeout(1000);
		const measured = await page.evaluate(
			async ({ speed, longFrame }) => {
				/** @type {{ at: number, gap: number, y: number }[]} */
				const frames = [];
				/** @type {{ start: number, duration: number }[]} */
				const tasks = [];
				const observer = new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) {
						tasks.push({ start: entry.startTime, duration: entry.duration });
					}
				});
				observer.observe({ type: 'longtask' });
				const started = performance.now();
				await new Promise((done) => {
					let last = 0;
					/** @param {number} now */
					const tick = (now) => {
						const gap = now - last;
						last = now;
						frames.push({ at: now, gap, y: scrollY });
						const bottom = document.documentElement.scrollHeight - innerHeight;
						const y = Math.min(bottom, scrollY + (speed * gap) / 1000);
						scrollTo({ top: y, behavior: 'instant' });
						if (y >= bottom - 1) done(undefined);
						else requestAnimationFrame(tick);
					};
					requestAnimationFrame((now) => {
						last = now;
						requestAnimationFrame(tick);
					});
				});
				const duration = performance.now() - started;
				await new Promise((done) => setTimeout(done, 1000));
				observer.disconnect();
				const scrollTasks = tasks.filter(
					(t) => t.start >= started && t.start <= started + duration
				);
				// Where each frame was, found afterwards so as not to force layouts while scrolling: the
				// last section (and step) whose top had passed the reading line, 60% down the viewport.
				const marks = [...document.querySelectorAll('section[id], [data-step][id]')].map((el) => ({
					top: el.getBoundingClientRect().top + scrollY,
					id: el.id,
					step: el.matches('[data-step]')
				}));
				const whereY = (/** @type {number} */ y) => {
					const passed = marks.filter((m) => m.top <= y + innerHeight * 0.6);
					const section = passed.filter((m) => !m.step).at(-1);
					const step = passed.filter((m) => m.step).at(-1);
					if (!section) return 'page top';
					return step && step.top >= section.top ? `${section.id} ${step.id}` : section.id;
				};
				/** The place of a moment: where the first frame drawn after it was. */
				const whereAt = (/** @type {number} */ time) =>
					whereY(frames.find((f) => f.at >= time)?.y ?? scrollY);
				const longFrames = frames.filter((f) => f.gap > longFrame);
				/** @type {Record<string, { longTasks: number, worstTaskMs: number, longFrames: number,
				 *   worstFrameMs: number }>} */
				const bySection = {};
				const at = (/** @type {string} */ where) =>
					(bySection[where] ??= { longTasks: 0, worstTaskMs: 0, longFrames: 0, worstFrameMs: 0 });
				for (const t of scrollTasks) {
					const entry = at(whereAt(t.start));
					entry.longTasks += 1;
					entry.worstTaskMs = Math.max(entry.worstTaskMs, Math.round(t.duration));
				}
				for (const f of longFrames) {
					const entry = at(whereY(f.y));
					entry.longFrames += 1;
					entry.worstFrameMs = Math.max(entry.worstFrameMs, Math.round(f.gap));
				}
				const gaps = frames.map((f) => f.gap).sort((a, b) => a - b);
				return {
					scrolledPx: Math.round(scrollY),
					durationMs: Math.round(duration),
					frames: frames.length,
					longTasks: scrollTasks.length,
					longTaskMs: Math.round(scrollTasks.reduce((sum, t) => sum + t.duration, 0)),
					longestTaskMs: Math.round(Math.max(0, ...scrollTasks.map((t) => t.duration))),
					framesOver50ms: longFrames.length,
					longestFrameMs: Math.round(gaps.at(-1) ?? 0),
					medianFrameMs: Math.round(gaps[Math.floor(gaps.length / 2)] ?? 0),
					bySection
				};
			},
			{ speed: SCROLL_SPEED, longFrame: LONG_FRAME_MS }
		);
		return { device: device.name, viewport: `${device.width}x${device.height}`, ...measured };
	} finally {
		await browser.close();
	}
}

/**
 * The run with the median number of long tasks and long frames, with every run's counts kept.
 * @template {{ longTasks: number, framesOver50ms: number }} R
 * @param {R[]} runs
 * @returns {R & { runs: { longTasks: number, framesOver50ms: number }[] }}
 */
function medianScroll(runs) {
	const sorted = [...runs].sort(
		(a, b) => a.longTasks + a.framesOver50ms - (b.longTasks + b.framesOver50ms)
	);
	const middle = /** @type {R} */ (sorted[Math.floor((sorted.length - 1) / 2)]);
	return {
		...middle,
		runs: runs.map((r) => ({ longTasks: r.longTasks, framesOver50ms: r.framesOver50ms }))
	};
}

// ---------------------------------------------------------------------------------------------
// Budgets and the report

/** @param {number | null} bytes */
const kB = (bytes) => (bytes === null ? '-' : (bytes / 1000).toFixed(1));
/** @param {number | null} value */
const ms = (value) => (value === null ? '-' : String(Math.round(value)));
/** @param {number | null} value */
const seconds = (value) => (value === null ? '-' : `${(value / 1000).toFixed(2)} s`);

/**
 * @param {PageResult[]} pages the site's pages (not the floor)
 * @returns {BudgetResult[]}
 */
function checkBudgets(pages) {
	/** @type {BudgetResult[]} */
	const results = [];
	for (const page of pages) {
		const m = page.median;
		/**
		 * @param {string} budget
		 * @param {string} limit
		 * @param {string} value
		 * @param {boolean} pass
		 * @param {string[]} [causes]
		 */
		const add = (budget, limit, value, pass, causes = []) =>
			results.push({
				page: page.path,
				budget,
				limit,
				value,
				pass,
				...(!pass && causes.length ? { cause: causes.join('; ') } : {})
			});
		const perf = m.scores.performance;
		add('performance', '>= 98', String(perf), perf !== null && perf >= 98, m.failed.performance);
		add(
			'accessibility',
			'= 100',
			String(m.scores.accessibility),
			m.scores.accessibility === 100,
			m.failed.accessibility
		);
		add(
			'best-practices',
			'= 100',
			String(m.scores['best-practices']),
			m.scores['best-practices'] === 100,
			m.failed['best-practices']
		);
		if (page.kind === 'embed') {
			const failing = m.failed.seo.filter((id) => !id.startsWith('is-crawlable'));
			const value = failing.length ? `${failing.length} fail` : 'all pass';
			add('SEO but is-crawlable', 'all pass', value, !failing.length, failing);
		} else {
			add('seo', '= 100', String(m.scores.seo), m.scores.seo === 100, m.failed.seo);
		}
		add('CLS', '<= 0.01', m.cls === null ? '-' : m.cls.toFixed(3), m.cls !== null && m.cls <= 0.01);
		const busiest = m.diagnostics.scriptMs.map((s) => {
			const name = URL.canParse(s.url) ? new URL(s.url).pathname.replace(/^.*\/(?=.)/, '') : s.url;
			return `${name} ${s.ms} ms`;
		});
		add('TBT', '<= 50 ms', `${ms(m.tbt)} ms`, m.tbt !== null && m.tbt <= 50, [
			`main thread by script: ${busiest.join(', ')}`
		]);
		if (page.kind === 'story') {
			const js = m.jsBytes;
			add('JS (gzip)', '<= 60 kB', `${kB(js)} kB`, js !== null && js <= 60_000);
			const total = m.totalBytes;
			add('total transfer', '<= 160 kB', `${kB(total)} kB`, total !== null && total <= 160_000);
			add('LCP', '<= 1.8 s', seconds(m.lcp), m.lcp !== null && m.lcp <= 1800, [
				`LCP element: ${m.diagnostics.lcpElement ?? 'unknown'}`
			]);
		}
		if (page.kind === 'embed') {
			add(
				'JS (gzip)',
				'<= 40 kB',
				`${kB(m.jsBytes)} kB`,
				m.jsBytes !== null && m.jsBytes <= 40_000
			);
			add('LCP', '<= 1.5 s', seconds(m.lcp), m.lcp !== null && m.lcp <= 1500, [
				`LCP element: ${m.diagnostics.lcpElement ?? 'unknown'}`
			]);
		}
	}
	return results;
}

/**
 * @param {string[][]} rows the first is the header; the first column is left-aligned
 * @returns {string}
 */
function table(rows) {
	const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
	/** @param {string[]} row */
	const line = (row) =>
		row
			.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
			.join('  ')
			.trimEnd();
	return [
		line(rows[0] ?? []),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...rows.slice(1).map(line)
	].join('\n');
}

/** @param {PageResult} page */
function pageRow(page) {
	const m = page.median;
	/** @param {number | null} value */
	const score = (value) => (value === null ? '-' : String(value));
	return [
		page.kind === 'floor' ? 'floor (bare SvelteKit page)' : page.path,
		score(m.scores.performance),
		score(m.scores.accessibility),
		score(m.scores['best-practices']),
		score(m.scores.seo),
		ms(m.fcp),
		ms(m.lcp),
		ms(m.tbt),
		m.cls === null ? '-' : m.cls.toFixed(3),
		kB(m.jsBytes),
		kB(m.totalBytes),
		m.requests === null ? '-' : String(m.requests)
	];
}

const RATIO_KEYS = /** @type {const} */ ([
	'fcp',
	'lcp',
	'tbt',
	'cls',
	'jsBytes',
	'totalBytes',
	'requests'
]);

// ---------------------------------------------------------------------------------------------

async function main() {
	// Measured before any build of ours, which would make the machine look busy.
	const loadAtStart = loadavg()[0] ?? 0;
	const cores = availableParallelism();
	ensureBuild();
	if (loadAtStart > cores / 2) {
		console.warn(
			`The machine is busy (load ${loadAtStart.toFixed(1)} on ${cores} cores): TBT, long tasks ` +
				'and frame times come from the real main thread and will read worse than they are.'
		);
	}
	/** @param {string} dir */
	const pagesUnder = (dir) =>
		existsSync(join(buildDir, dir))
			? readdirSync(join(buildDir, dir), { withFileTypes: true })
					.filter((e) => e.isDirectory() && existsSync(join(buildDir, dir, e.name, 'index.html')))
					.map((e) => e.name)
					.sort()
			: [];
	const embeds = pagesUnder('embed');
	const shares = pagesUnder('share');
	const share = process.env.BENCH_SHARE ?? (shares.includes('timeline') ? 'timeline' : shares[0]);

	console.log('Building the floor (a bare SvelteKit page with one heading)...');
	const floor = buildFloor();
	const siteServer = await serve(buildDir, site.base);
	const floorServer = await serve(floor.dir, '');
	try {
		// Reach the site at the origin it was built for, when that is plain http; else directly.
		const builtFor = new URL(site.origin);
		const mapped = builtFor.protocol === 'http:';
		const hostPort = `${builtFor.hostname}:${builtFor.port || '80'}`;
		const origin = mapped ? site.origin : `http://localhost:${siteServer.port}`;
		const chromeArgs = [
			...CHROMIUM_ARGS,
			...(mapped ? [`--host-resolver-rules=MAP ${hostPort} 127.0.0.1:${siteServer.port}`] : [])
		];
		/** @type {string[]} */
		const notes = [];
		if (!mapped) {
			notes.push(
				`The build is for ${site.origin} (https), served here over http at ${origin}: canonical ` +
					'and og: URLs point at another origin than the page, which Lighthouse judges differently.'
			);
		}
		const base = `${origin}${site.base}`;
		/** @type {Target[]} */
		const targets = [
			{ name: 'floor', kind: 'floor', path: '/', url: `http://localhost:${floorServer.port}/` },
			{ name: 'story', kind: 'story', path: '/', url: `${base}/` },
			...embeds.map((name) => ({
				name: `embed ${name}`,
				kind: /** @type {const} */ ('embed'),
				path: `/embed/${name}/`,
				url: `${base}/embed/${name}/`
			}))
		];
		if (share) {
			targets.push({
				name: `share ${share}`,
				kind: 'share',
				path: `/share/${share}/`,
				url: `${base}/share/${share}/`,
				// Without this the page sends Lighthouse on to the story, which is measured already.
				blocked: ['*/share-redirect.js'],
				note: 'share-redirect.js blocked, so the share page itself is measured'
			});
			notes.push(
				`/share/${share}/ is measured with share-redirect.js blocked: a person is sent on to ` +
					`/#${share}, which costs what the story costs; crawlers read the page as measured.`
			);
		}

		console.log(`Lighthouse, ${RUNS} run(s) per page, mobile, simulated throttling:`);
		/** @type {PageResult[]} */
		const results = [];
		/** @type {Record<string, unknown>} */
		let environment = {};
		for (const target of targets) {
			const run = await runLighthouse(target, ['--headless=new', ...chromeArgs]);
			results.push(run.result);
			environment = run.environment;
		}

		console.log(`Scrolling the story under ${CPU_SLOWDOWN}x CPU throttling, ${RUNS} run(s) each:`);
		const scroll = [];
		for (const device of DEVICES) {
			const runs = [];
			for (let i = 1; i <= RUNS; i++) {
				console.log(`  ${device.name}: run ${i} of ${RUNS}`);
				runs.push(await scrollSmoothness(`${base}/`, device, chromeArgs));
			}
			scroll.push(medianScroll(runs));
		}

		const floorResult = results.find((r) => r.kind === 'floor');
		const pages = results.filter((r) => r.kind !== 'floor');
		const story = pages.find((r) => r.kind === 'story');
		const budgets = checkBudgets(pages);
		/** @type {Record<string, number | null>} */
		const ratios = {};
		for (const key of RATIO_KEYS) {
			const a = story?.median[key] ?? null;
			const b = floorResult?.median[key] ?? null;
			ratios[key] = a !== null && b ? Math.round((a / b) * 100) / 100 : null;
		}
		const smooth = scroll.every((r) => r.longTasks === 0 && r.framesOver50ms === 0);
		const failures = budgets.filter((b) => !b.pass);

		console.log('');
		console.log(
			table([
				[
					'page',
					'perf',
					'a11y',
					'bp',
					'seo',
					'FCP ms',
					'LCP ms',
					'TBT ms',
					'CLS',
					'JS kB',
					'total kB',
					'req'
				],
				...results.map(pageRow),
				[
					'story / floor',
					'',
					'',
					'',
					'',
					...RATIO_KEYS.map((key) => (typeof ratios[key] === 'number' ? `${ratios[key]}x` : 'n/a'))
				]
			])
		);
		console.log(
			`Medians of ${RUNS} run(s); Lighthouse ${String(environment.lighthouse)}, mobile, ` +
				'simulated throttling. Bytes transferred, gzip, 1 kB = 1000 bytes.'
		);
		for (const r of results) for (const w of r.warnings) console.log(`  ${r.path}: ${w}`);

		console.log('\nBudgets:');
		console.log(
			table([
				['', 'page', 'budget', 'limit', 'measured'],
				...budgets.map((b) => [b.pass ? 'PASS' : 'FAIL', b.page, b.budget, b.limit, b.value])
			])
		);
		if (failures.some((b) => b.cause)) console.log('\nWhy:');
		for (const b of failures) if (b.cause) console.log(`  ${b.page} ${b.budget}: ${b.cause}`);

		console.log(
			`\nScroll smoothness: the story top to bottom at ${SCROLL_SPEED} px/s, ` +
				`${CPU_SLOWDOWN}x CPU slowdown, the median run of ${RUNS} ` +
				`(target: no long task, no frame over ${LONG_FRAME_MS} ms):`
		);
		console.log(
			table([
				[
					'device',
					'px',
					'ms',
					'frames',
					'long tasks',
					'task ms',
					'longest',
					'>50ms frames',
					'longest',
					'median',
					'every run (tasks/frames)'
				],
				...scroll.map((r) => [
					`${r.device} ${r.viewport}`,
					String(r.scrolledPx),
					String(r.durationMs),
					String(r.frames),
					String(r.longTasks),
					String(r.longTaskMs),
					String(r.longestTaskMs),
					String(r.framesOver50ms),
					String(r.longestFrameMs),
					String(r.medianFrameMs),
					r.runs.map((run) => `${run.longTasks}/${run.framesOver50ms}`).join(' ')
				])
			])
		);
		for (const r of scroll) {
			const worst = Object.entries(r.bySection)
				.sort(([, a], [, b]) => b.longTasks + b.longFrames - (a.longTasks + a.longFrames))
				.slice(0, 6)
				.map(
					([where, v]) =>
						`${where}: ${v.longTasks} tasks (worst ${v.worstTaskMs} ms), ${v.longFrames} frames (worst ${v.worstFrameMs} ms)`
				);
			if (worst.length) console.log(`  ${r.device}, where: ${worst.join('; ')}`);
		}
		for (const note of notes) console.log(`\nNote: ${note}`);

		const output = {
			date: new Date().toISOString(),
			environment,
			runsPerPage: RUNS,
			machine: {
				cores,
				loadAtStart: Math.round(loadAtStart * 100) / 100,
				loadAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100
			},
			served: {
				builtFor: site.url,
				reachedAs: base + '/',
				loopbackPort: siteServer.port,
				encoding: 'gzip'
			},
			floor: floorResult ?? null,
			pages,
			storyToFloor: ratios,
			budgets,
			scroll: {
				speedPxPerSecond: SCROLL_SPEED,
				cpuSlowdown: CPU_SLOWDOWN,
				longFrameMs: LONG_FRAME_MS,
				smooth,
				devices: scroll
			},
			notes,
			summary: { budgets: budgets.length, failed: failures.length, smooth }
		};
		mkdirSync(join(ROOT, 'bench'), { recursive: true });
		writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(output, null, '\t')}\n`);
		console.log(
			`\n${budgets.length - failures.length} of ${budgets.length} budgets pass; scrolling is ` +
				`${smooth ? 'smooth' : 'not smooth'}. Wrote bench/results.json.`
		);
		if (process.env.BENCH_STRICT && (failures.length || !smooth)) process.exitCode = 1;
	} finally {
		await siteServer.close();
		await floorServer.close();
		floor.remove();
	}
}

await main();
