import { describe, expect, it } from 'vitest';
import {
	EMBED_TOTAL,
	checkPage,
	checkScroll,
	checkSourceLines,
	limitsFor
} from '../../scripts/bench/budgets.js';
import { cls, grouped, kB, seconds, shortUrl, table } from '../../scripts/bench/format.js';
import type { PageResult } from '../../scripts/bench/lighthouse.js';
import { type Measure, measure, median, medianOf } from '../../scripts/bench/measure.js';
import { budgetsTable, ratios, scrollTable } from '../../scripts/bench/report.js';
import {
	type Layout,
	type ScrollResult,
	compareScroll,
	medianScroll,
	placeOf,
	summariseScroll,
	worstPlaces
} from '../../scripts/bench/scroll-stats.js';
import { reachSite } from '../../scripts/bench/server.js';
import { VIEWPORTS, readSettings } from '../../scripts/bench/settings.js';
import { countLines, folderOf } from '../../scripts/bench/source-lines.js';
import { navigates, scriptSources } from '../../scripts/bench/targets.js';
import { siteFromEnv } from '../../scripts/site.js';

const ORIGIN = 'http://localhost:4180';

/** A Lighthouse result with only the parts the bench reads. */
const lhr = {
	categories: {
		performance: {
			score: 0.974,
			auditRefs: [
				{ id: 'largest-contentful-paint', weight: 25 },
				{ id: 'network-requests', weight: 0 }
			]
		},
		accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
		'best-practices': { score: 0.96, auditRefs: [{ id: 'inspector-issues', weight: 1 }] },
		seo: { score: 0.69, auditRefs: [{ id: 'is-crawlable', weight: 4.6 }] }
	},
	audits: {
		'first-contentful-paint': { numericValue: 812.4 },
		'largest-contentful-paint': { numericValue: 1234.5, score: 0.9 },
		'total-blocking-time': { numericValue: 31 },
		'cumulative-layout-shift': { numericValue: 0.0004 },
		'color-contrast': { score: 1 },
		'inspector-issues': { score: 0, details: { items: [{ issueType: 'HeavyAd' }] } },
		'is-crawlable': { score: 0, explanation: 'noindex' },
		'network-requests': { score: null, details: { items: [] as unknown[] } },
		'resource-summary': {
			details: {
				items: [
					{ resourceType: 'total', transferSize: 40_000, requestCount: 4 },
					{ resourceType: 'script', transferSize: 8_000, requestCount: 2 }
				]
			}
		},
		'bootup-time': {
			details: {
				items: [
					{ url: `${ORIGIN}/_app/story.js`, total: 40.6 },
					{ url: 'Unattributable', total: 10.2 }
				]
			}
		},
		'lcp-breakdown-insight': {
			details: {
				type: 'list',
				items: [{ type: 'table', items: [{ type: 'node', snippet: '<p class="dek">' }] }]
			}
		},
		'layout-shifts': { details: { type: 'table', items: [] } }
	}
};
lhr.audits['network-requests'].details.items = [
	{ url: `${ORIGIN}/`, transferSize: 12_000, resourceType: 'Document' },
	{ url: `${ORIGIN}/_app/story.js`, transferSize: 5_000, resourceType: 'Script' },
	{ url: `${ORIGIN}/photo.png`, transferSize: 20_000, resourceType: 'Image' },
	{ url: `${ORIGIN}/_app/a.js`, transferSize: 3_000, resourceType: 'Script' },
	{ url: `${ORIGIN}/favicon.svg`, transferSize: 500, resourceType: 'Other' }
];

const measured = measure(lhr as unknown as Parameters<typeof measure>[0]);

describe('measure', () => {
	it('reads the scores, the numbers, the failed audits and what explains them', () => {
		expect(measured).toEqual({
			scores: { performance: 97, accessibility: 100, 'best-practices': 96, seo: 69 },
			fcp: 812.4,
			lcp: 1234.5,
			tbt: 31,
			cls: 0.0004,
			jsBytes: 8000,
			totalBytes: 40_000,
			requests: 4,
			failed: {
				performance: ['largest-contentful-paint'],
				accessibility: [],
				'best-practices': ['inspector-issues (HeavyAd)'],
				seo: ['is-crawlable (noindex)']
			},
			diagnostics: {
				lcpElement: '<p class="dek">',
				shiftElement: null,
				scriptMs: [
					{ url: `${ORIGIN}/_app/story.js`, ms: 41 },
					{ url: 'Unattributable', ms: 10 }
				],
				scripts: [
					{ url: `${ORIGIN}/_app/story.js`, bytes: 5000 },
					{ url: `${ORIGIN}/_app/a.js`, bytes: 3000 }
				],
				largest: [
					{ url: `${ORIGIN}/photo.png`, bytes: 20_000 },
					{ url: `${ORIGIN}/`, bytes: 12_000 },
					{ url: `${ORIGIN}/_app/story.js`, bytes: 5000 },
					{ url: `${ORIGIN}/_app/a.js`, bytes: 3000 }
				]
			}
		});
	});
});

describe('median', () => {
	it('takes the middle number, or the mean of the two middle ones, skipping nulls', () => {
		expect(median([3, null, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(median([null])).toBeNull();
		expect(median([])).toBeNull();
	});

	it('medians each number, keeps audits failed in most runs and the median-LCP run’s diagnosis', () => {
		const run = (lcp: number, tbt: number, failed: string[]): Measure => ({
			...measured,
			lcp,
			tbt,
			failed: { ...measured.failed, performance: failed },
			diagnostics: { ...measured.diagnostics, lcpElement: `<p>${lcp}</p>` }
		});
		const mid = medianOf([run(1300, 10, ['a']), run(1100, 50, ['a', 'b']), run(1200, 30, [])]);
		expect(mid.lcp).toBe(1200);
		expect(mid.tbt).toBe(30);
		expect(mid.failed.performance).toEqual(['a']);
		expect(mid.diagnostics.lcpElement).toBe('<p>1200</p>');
		expect(mid.scores).toEqual(measured.scores);
	});
});

describe('format', () => {
	it('prints bytes as kB of 1000, times, CLS and counts', () => {
		expect(kB(15_234)).toBe('15.2');
		expect(kB(null)).toBe('-');
		expect(seconds(1234)).toBe('1.23 s');
		expect(cls(0.0004)).toBe('0');
		expect(cls(0.001)).toBe('0');
		expect(cls(0.0014)).toBe('0.0014');
		expect(cls(0.0123)).toBe('0.012');
		expect(cls(null)).toBe('-');
		expect(grouped(6000)).toBe('6,000');
		expect(grouped(1_234_567)).toBe('1,234,567');
		expect(grouped(999)).toBe('999');
	});

	it('names a script by its file and a page by its path', () => {
		expect(shortUrl(`${ORIGIN}/_app/immutable/entry/app.B1x2.js`)).toBe('app.B1x2.js');
		expect(shortUrl(`${ORIGIN}/embed/timeline/`)).toBe('/embed/timeline/');
		expect(shortUrl('Unattributable')).toBe('Unattributable');
	});

	it('aligns words left and numbers right', () => {
		expect(
			table([
				['page', 'kB'],
				['/', '12.5'],
				['/embed/x/', '3.0']
			])
		).toBe(['page         kB', '---------  ----', '/          12.5', '/embed/x/   3.0'].join('\n'));
	});
});

/** @returns a page result whose median is the given measure */
const page = (kind: PageResult['kind'], path: string, m: Measure): PageResult => ({
	name: path,
	kind,
	path,
	url: `${ORIGIN}${path}`,
	runs: [m],
	median: m,
	warnings: []
});

const perfect: Measure = {
	...measured,
	scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
	failed: { performance: [], accessibility: [], 'best-practices': [], seo: [] },
	lcp: 900,
	tbt: 0,
	cls: 0,
	jsBytes: 7000,
	totalBytes: 29_000
};

describe('budgets', () => {
	it('gives each kind of page issue 21’s limits, and each embed its own total', () => {
		expect(limitsFor('story', '/')).toEqual({ js: 15_000, total: 50_000, lcp: 1000, tbt: 30 });
		expect(limitsFor('embed', '/embed/timeline/')).toEqual({
			js: 8000,
			total: 25_000,
			lcp: 1000,
			tbt: 20
		});
		expect(limitsFor('embed', '/embed/controls-map/').total).toBe(30_000);
		expect(limitsFor('embed', '/embed/revenue/').total).toBe(15_000);
		expect(limitsFor('embed', '/embed/another/').total).toBe(30_000);
		expect(EMBED_TOTAL).toEqual({ 'controls-map': 30_000, timeline: 25_000, revenue: 15_000 });
		expect(limitsFor('share', '/share/timeline/')).toEqual({});
	});

	it('judges the story, saying why each budget failed', () => {
		expect(checkPage(page('story', '/', measured))).toEqual([
			{
				page: '/',
				budget: 'performance',
				limit: '= 100',
				value: '97',
				pass: false,
				cause: 'largest-contentful-paint'
			},
			{ page: '/', budget: 'accessibility', limit: '= 100', value: '100', pass: true },
			{
				page: '/',
				budget: 'best-practices',
				limit: '= 100',
				value: '96',
				pass: false,
				cause: 'inspector-issues (HeavyAd)'
			},
			{
				page: '/',
				budget: 'SEO',
				limit: '= 100',
				value: '69',
				pass: false,
				cause: 'is-crawlable (noindex)'
			},
			{ page: '/', budget: 'CLS', limit: '0', value: '0', pass: true },
			{
				page: '/',
				budget: 'TBT',
				limit: '<= 30 ms',
				value: '31 ms',
				pass: false,
				cause: 'main thread by script: story.js 41 ms, Unattributable 10 ms'
			},
			{ page: '/', budget: 'JS (gzip)', limit: '<= 15 kB', value: '8.0 kB', pass: true },
			{ page: '/', budget: 'total transfer', limit: '<= 50 kB', value: '40.0 kB', pass: true },
			{
				page: '/',
				budget: 'LCP',
				limit: '<= 1.0 s',
				value: '1.23 s',
				pass: false,
				cause: 'LCP element: <p class="dek">'
			}
		]);
	});

	it('lets an embed fail is-crawlable only, and names the scripts over its JS budget', () => {
		const embed = {
			...perfect,
			totalBytes: 14_000,
			jsBytes: 8001,
			cls: 0.002,
			scores: { ...perfect.scores, seo: 66 },
			failed: { ...perfect.failed, seo: ['is-crawlable (noindex)'] }
		};
		const results = checkPage(page('embed', '/embed/revenue/', embed));
		expect(results.filter((r) => !r.pass)).toEqual([
			{
				page: '/embed/revenue/',
				budget: 'CLS',
				limit: '0',
				value: '0.002',
				pass: false,
				cause: 'shifted most: unknown'
			},
			{
				page: '/embed/revenue/',
				budget: 'JS (gzip)',
				limit: '<= 8 kB',
				value: '8.0 kB',
				pass: false,
				cause: 'scripts: story.js 5.0 kB, a.js 3.0 kB'
			}
		]);
		expect(results.find((r) => r.budget === 'SEO but is-crawlable')).toEqual({
			page: '/embed/revenue/',
			budget: 'SEO but is-crawlable',
			limit: 'all pass',
			value: 'all pass',
			pass: true
		});
		expect(results.find((r) => r.budget === 'total transfer')?.limit).toBe('<= 15 kB');
		expect(results.find((r) => r.budget === 'performance')?.limit).toBe('>= 99');
		expect(results.find((r) => r.budget === 'LCP')?.limit).toBe('<= 1.0 s');
	});

	it('names the five largest files over a byte budget and sums the rest', () => {
		const scripts = [9, 8, 7, 6, 5, 4, 3].map((k) => ({
			url: `${ORIGIN}/${k}.js`,
			bytes: k * 1000
		}));
		const heavy = { ...perfect, jsBytes: 42_000, diagnostics: { ...perfect.diagnostics, scripts } };
		const js = checkPage(page('embed', '/embed/timeline/', heavy)).find((r) => !r.pass);
		expect(js?.cause).toBe(
			'scripts: 9.js 9.0 kB, 8.js 8.0 kB, 7.js 7.0 kB, 6.js 6.0 kB, 5.js 5.0 kB, 2 more 7.0 kB'
		);
	});

	it('holds a share page to scores and CLS only, and the floor to nothing', () => {
		const results = checkPage(page('share', '/share/timeline/', { ...perfect, tbt: 500 }));
		expect(results.map((r) => `${r.budget} ${r.pass}`)).toEqual([
			'performance true',
			'accessibility true',
			'best-practices true',
			'SEO true',
			'CLS true'
		]);
		expect(checkPage(page('floor', '/', measured))).toEqual([]);
	});

	it('judges the phone scroll against the page held still: at most 2 more long tasks, 3 more frames', () => {
		const run = (viewport: string, longTasks: number, longFrames: number): ScrollResult => ({
			viewport,
			scrolledPx: 9000,
			durationMs: 6000,
			frames: 360,
			longTasks,
			worstTaskMs: longTasks ? 72 : 0,
			longFrames,
			worstFrameMs: 81,
			medianFrameMs: 17,
			bySection: longTasks
				? { '#revenue step 2': { longTasks, worstTaskMs: 72, longFrames, worstFrameMs: 81 } }
				: {}
		});
		const phone = (shipped: [number, number], held: [number, number]) =>
			compareScroll([run('phone 375x740', ...shipped)], [run('phone 375x740', ...held)]);
		expect(checkScroll([phone([3, 5], [1, 2])])).toEqual([
			{
				page: '/ scrolled, phone 375x740',
				budget: 'long tasks > 50 ms, beyond held still',
				limit: '<= +2',
				value: '+2 (3 shipped, 1 held still, worst 72 ms)',
				pass: true
			},
			{
				page: '/ scrolled, phone 375x740',
				budget: 'frames > 50 ms, beyond held still',
				limit: '<= +3',
				value: '+3 (5 shipped, 2 held still, worst 81 ms)',
				pass: true
			}
		]);
		const [tasks, frames] = checkScroll([phone([16, 26], [0, 1])]);
		expect(tasks).toEqual({
			page: '/ scrolled, phone 375x740',
			budget: 'long tasks > 50 ms, beyond held still',
			limit: '<= +2',
			value: '+16 (16 shipped, 0 held still, worst 72 ms)',
			pass: false,
			cause: '#revenue step 2: 16 long tasks (worst 72 ms)'
		});
		expect(frames?.pass).toBe(false);
		expect(frames?.value).toBe('+25 (26 shipped, 1 held still, worst 81 ms)');
		// A page held still that does worse than shipped (noise) passes, and says so.
		expect(checkScroll([phone([0, 0], [1, 2])])[1]?.value).toBe(
			'-2 (0 shipped, 2 held still, worst 81 ms)'
		);
		const desktop = compareScroll([run('desktop 1350x940', 0, 0)], [run('desktop 1350x940', 0, 0)]);
		expect(checkScroll([desktop])).toEqual([
			{
				page: '/ scrolled, phone 375x740',
				budget: 'scroll',
				limit: 'measured',
				value: 'not run',
				pass: false
			}
		]);
	});

	it('counts src/ lines against 8,000, naming the largest folders when over', () => {
		expect(checkSourceLines({ total: 8000, byFolder: {} })).toEqual({
			page: 'src/',
			budget: 'lines',
			limit: '<= 8,000',
			value: '8,000',
			pass: true
		});
		expect(
			checkSourceLines({
				total: 8001,
				byFolder: { 'src/lib/charts': 4200, src: 1, 'src/routes': 1800 }
			})
		).toEqual({
			page: 'src/',
			budget: 'lines',
			limit: '<= 8,000',
			value: '8,001',
			pass: false,
			cause: 'largest: src/lib/charts 4,200, src/routes 1,800, src 1'
		});
	});
});

describe('scroll', () => {
	const layout: Layout = {
		viewportHeight: 600,
		sections: [
			{ id: 'intro', top: 500, bottom: 1500 },
			{ id: 'timeline', top: 1500, bottom: 4000 },
			{ id: 'revenue', top: 5000, bottom: 7000 }
		],
		steps: [
			{ section: 'timeline', step: 'ban', top: 1800, bottom: 2400 },
			{ section: 'timeline', step: 'response', top: 2600, bottom: 3200 }
		]
	};

	it('places a scroll position by the section and step under the viewport centre', () => {
		expect(placeOf(0, layout)).toBe('page top');
		expect(placeOf(300, layout)).toBe('#intro');
		expect(placeOf(1300, layout)).toBe('#timeline');
		expect(placeOf(1500, layout)).toBe('#timeline step ban');
		expect(placeOf(2150, layout)).toBe('#timeline step ban');
		expect(placeOf(3000, layout)).toBe('#timeline step response');
		expect(placeOf(4000, layout)).toBe('after #timeline');
		expect(placeOf(6000, layout)).toBe('#revenue');
	});

	it('counts long tasks and frames while scrolling, each where it held the page up', () => {
		const result = summariseScroll(
			'phone 375x667',
			{
				started: 1000,
				durationMs: 100,
				scrolledPx: 3000.4,
				layout,
				frames: [
					{ at: 1016, gap: 16, y: 0 },
					{ at: 1080, gap: 64, y: 1500 },
					{ at: 1096, gap: 16, y: 1600 },
					{ at: 1180, gap: 84, y: 3000 }
				],
				tasks: [
					{ start: 900, duration: 200 },
					{ start: 1020, duration: 55.4 },
					{ start: 1100, duration: 50 },
					{ start: 1097, duration: 70.6 }
				]
			},
			50
		);
		expect(result).toEqual({
			viewport: 'phone 375x667',
			scrolledPx: 3000,
			durationMs: 100,
			frames: 4,
			longTasks: 2,
			worstTaskMs: 71,
			longFrames: 2,
			worstFrameMs: 84,
			medianFrameMs: 64,
			bySection: {
				'#timeline step ban': { longTasks: 1, worstTaskMs: 55, longFrames: 1, worstFrameMs: 64 },
				'#timeline step response': {
					longTasks: 1,
					worstTaskMs: 71,
					longFrames: 1,
					worstFrameMs: 84
				}
			}
		});
	});

	it('lists the places with the most long tasks or frames, worst first', () => {
		const bySection = {
			'#a': { longTasks: 1, worstTaskMs: 60, longFrames: 0, worstFrameMs: 0 },
			'#b': { longTasks: 0, worstTaskMs: 0, longFrames: 2, worstFrameMs: 90 },
			'#c': { longTasks: 2, worstTaskMs: 70, longFrames: 1, worstFrameMs: 75 }
		};
		expect(worstPlaces(bySection)).toEqual([
			'#c: 2 long tasks (worst 70 ms), 1 long frame (worst 75 ms)',
			'#b: 2 long frames (worst 90 ms)',
			'#a: 1 long task (worst 60 ms)'
		]);
		expect(worstPlaces(bySection, 'longFrames', 1)).toEqual(['#b: 2 long frames (worst 90 ms)']);
		expect(worstPlaces(bySection, 'longTasks')).toEqual([
			'#c: 2 long tasks (worst 70 ms)',
			'#a: 1 long task (worst 60 ms)'
		]);
	});

	it('takes the run with the median count, keeping every run’s counts', () => {
		const run = (longTasks: number, longFrames: number) =>
			({ viewport: 'phone 375x667', longTasks, longFrames }) as ScrollResult;
		const mid = medianScroll([run(3, 4), run(0, 1), run(1, 1)]);
		expect(mid.longTasks).toBe(1);
		expect(mid.runs).toEqual([
			{ longTasks: 3, longFrames: 4 },
			{ longTasks: 0, longFrames: 1 },
			{ longTasks: 1, longFrames: 1 }
		]);
	});
});

describe('as shipped against held still', () => {
	const run = (longTasks: number, longFrames: number, i = 0): ScrollResult => ({
		viewport: 'phone 375x740',
		scrolledPx: 9000 + i,
		durationMs: 6000,
		frames: 360,
		longTasks,
		worstTaskMs: longTasks ? 60 + longTasks : 0,
		longFrames,
		worstFrameMs: 80,
		medianFrameMs: 17,
		bySection: longTasks
			? { '#timeline step ban': { longTasks, worstTaskMs: 70, longFrames, worstFrameMs: 80 } }
			: {}
	});

	it('takes the median of each count on its own, over interleaved runs, and what shipping adds', () => {
		const compared = compareScroll(
			[run(16, 20), run(9, 30), run(12, 26)],
			[run(0, 1), run(2, 0), run(1, 3)]
		);
		expect(compared.viewport).toBe('phone 375x740');
		expect([compared.shipped.longTasks, compared.shipped.longFrames]).toEqual([12, 26]);
		expect([compared.held.longTasks, compared.held.longFrames]).toEqual([1, 1]);
		expect(compared.extra).toEqual({ longTasks: 11, longFrames: 25 });
		expect(compared.shipped.run.runs).toEqual([
			{ longTasks: 16, longFrames: 20 },
			{ longTasks: 9, longFrames: 30 },
			{ longTasks: 12, longFrames: 26 }
		]);
	});

	it('prints a row for each, what the charts add, and where', () => {
		const text = scrollTable([compareScroll([run(3, 4), run(5, 6)], [run(0, 1), run(0, 0)])]);
		const lines = text.split('\n');
		expect(lines[0]).toMatch(/^viewport\s+page\s+px\s+ms\s+frames\s+long tasks/);
		expect(lines[2]).toMatch(/^phone 375x740\s+as shipped\s+.*\s4\s.*\s5\s.*3\/4 5\/6$/);
		expect(lines[3]).toMatch(/^phone 375x740\s+held still\s+.*0\/1 0\/0$/);
		expect(lines[4]).toBe(
			"  phone 375x740: the charts' changes add +4 long tasks and +4.5 long frames to the page held still"
		);
		expect(lines[5]).toMatch(/^ {2}phone 375x740, as shipped, where: #timeline step ban: /);
	});
});

describe('settings and serving', () => {
	it('reads the environment, with defaults', () => {
		expect(readSettings({}, '/repo')).toEqual({
			runs: 3,
			buildDir: '/repo/build',
			site: siteFromEnv(undefined),
			share: undefined,
			strict: false
		});
		const set = readSettings(
			{ BENCH_RUNS: '1', BUILD_DIR: 'build-bench', BENCH_SHARE: 'revenue', BENCH_STRICT: '1' },
			'/repo'
		);
		expect([set.runs, set.buildDir, set.share, set.strict]).toEqual([
			1,
			'/repo/build-bench',
			'revenue',
			true
		]);
		expect(VIEWPORTS[0]).toEqual({ name: 'phone', width: 375, height: 740, mobile: true });
	});

	it('reaches an http build at its own origin, an https one directly', () => {
		expect(reachSite(siteFromEnv('http://localhost:4180/sub'), 40_001)).toEqual({
			origin: 'http://localhost:4180',
			args: ['--host-resolver-rules=MAP localhost:4180 127.0.0.1:40001']
		});
		const https = reachSite(siteFromEnv('https://example.org/'), 40_001);
		expect([https.origin, https.args]).toEqual(['http://localhost:40001', []]);
		expect(https.note).toMatch(/^The build is for https:\/\/example.org \(https\)/);
	});

	it('finds a page’s scripts, and those that send the reader elsewhere', () => {
		const html =
			'<link rel="modulepreload" href="/_app/a.js"><link rel="icon" href="/favicon.svg">' +
			'<script src="/share.js?v=1&amp;x=2" defer></script><script>inline()</script>';
		expect(scriptSources(html)).toEqual(['/_app/a.js', '/share.js?v=1&x=2']);
		expect(navigates('var l=document.querySelector("a");l&&location.replace(l.href)')).toBe(true);
		expect(navigates('window.location = "/"')).toBe(true);
		expect(navigates('location.href="/#x"')).toBe(true);
		expect(navigates('if (location.href === "/") go()')).toBe(false);
		expect(navigates('const location = here(); send(location)')).toBe(false);
	});

	it('counts lines as wc -l does, plus an unterminated last line', () => {
		expect(countLines('')).toBe(0);
		expect(countLines('a\nb\n')).toBe(2);
		expect(countLines('a\nb')).toBe(2);
		expect(countLines('\n')).toBe(1);
		expect(folderOf('src/app.html')).toBe('src');
		expect(folderOf('src/lib/charts/timeline/Timeline.svelte')).toBe('src/lib/charts');
	});
});

describe('report', () => {
	it('shows the story as ratios to the floor', () => {
		const floor = { ...perfect, fcp: 400, lcp: 500, tbt: 0, cls: 0, jsBytes: 4000 };
		expect(ratios(measured, floor)).toEqual({
			fcp: 2.03,
			lcp: 2.47,
			tbt: null,
			cls: null,
			jsBytes: 2,
			totalBytes: 1.38,
			requests: 1
		});
	});

	it('prints the budgets with PASS or FAIL, then why', () => {
		const text = budgetsTable([
			{
				page: '/',
				budget: 'TBT',
				limit: '<= 20 ms',
				value: '31 ms',
				pass: false,
				cause: 'x.js 30 ms'
			},
			{ page: '/embed/timeline/', budget: 'CLS', limit: '0', value: '0', pass: true }
		]);
		expect(text).toBe(
			[
				'      page              budget     limit  measured',
				'----  ----------------  ------  --------  --------',
				'FAIL  /                 TBT     <= 20 ms     31 ms',
				'PASS  /embed/timeline/  CLS            0         0',
				'',
				'Why:',
				'  / TBT: x.js 30 ms'
			].join('\n')
		);
	});
});
