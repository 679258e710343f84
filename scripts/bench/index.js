/** `npm run bench`: measures the built site and reports it against its budgets (README, Quality). */
import { availableParallelism, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium.js';
import { checkPage, checkScroll, checkSourceLines } from './budgets.js';
import { buildFloor } from './floor.js';
import { runLighthouse } from './lighthouse.js';
import { budgetsTable, pagesTable, ratios, scrollTable, writeResults } from './report.js';
import { scrollOnce } from './scroll.js';
import { compareScroll } from './scroll-stats.js';
import { ensureBuild, reachSite, serve } from './server.js';
import { CPU_SLOWDOWN, LONG_MS, SCROLL_SPEED, VIEWPORTS, readSettings } from './settings.js';
import { sourceLines } from './source-lines.js';
import { findTargets, storyScripts } from './targets.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const settings = readSettings(process.env, ROOT);
const { runs, buildDir, site } = settings;

// Read before any build of ours, which would make the machine look busy.
const loadAtStart = loadavg()[0] ?? 0;
const cores = availableParallelism();
ensureBuild(ROOT, buildDir);
if (loadAtStart > cores / 2) {
	console.warn(
		`The machine is busy (load ${loadAtStart.toFixed(1)} on ${cores} cores): TBT, long tasks ` +
			'and frame times come from the real main thread and will read worse than they are.'
	);
}

console.log('Building the floor (a bare SvelteKit page with one heading)...');
const floor = buildFloor(ROOT);
const siteServer = await serve(buildDir, site.base);
const floorServer = await serve(floor.dir, '');
try {
	const reach = reachSite(site, siteServer.port);
	const base = `${reach.origin}${site.base}`;
	const chromePath = findChromium() ?? chromium.executablePath();
	const args = [...CHROMIUM_ARGS, ...reach.args];
	const { targets, notes } = findTargets({
		buildDir,
		site,
		share: settings.share,
		base,
		floorUrl: `http://localhost:${floorServer.port}/`
	});
	if (reach.note) notes.unshift(reach.note);

	console.log(`Lighthouse, ${runs} run(s) per page, mobile, simulated throttling:`);
	/** @type {import('./lighthouse.js').PageResult[]} */
	const results = [];
	/** @type {Record<string, unknown>} */
	let environment = {};
	for (const target of targets) {
		const chromeFlags = ['--headless=new', ...args];
		const run = await runLighthouse(target, { runs, chromePath, chromeFlags });
		results.push(run.result);
		environment = run.environment;
	}

	// As shipped against held still (the story's script blocked: no chart ever changes), in
	// turn, so that both meet the same machine: what is left is the cost of the state changes.
	const blocked = storyScripts(buildDir, base);
	console.log(
		`Scrolling the story under ${CPU_SLOWDOWN}x CPU throttling, as shipped and held still ` +
			`(${blocked.length} script(s) blocked), in turn, ${runs} run(s) each:`
	);
	const scroll = [];
	for (const viewport of VIEWPORTS) {
		/** @type {import('./scroll-stats.js').ScrollResult[]} */
		const shipped = [];
		/** @type {import('./scroll-stats.js').ScrollResult[]} */
		const held = [];
		const options = {
			chromePath,
			args,
			slowdown: CPU_SLOWDOWN,
			speed: SCROLL_SPEED,
			longMs: LONG_MS
		};
		for (let i = 1; i <= runs; i++) {
			console.log(`  ${viewport.name}: run ${i} of ${runs}, as shipped, then held still`);
			shipped.push(await scrollOnce(`${base}/`, viewport, options));
			held.push(await scrollOnce(`${base}/`, viewport, { ...options, blocked }));
		}
		scroll.push(compareScroll(shipped, held));
	}

	const lines = sourceLines(ROOT);
	const floorResult = results.find((r) => r.kind === 'floor');
	const pages = results.filter((r) => r.kind !== 'floor');
	const toFloor = ratios(pages.find((r) => r.kind === 'story')?.median, floorResult?.median);
	const budgets = [...pages.flatMap(checkPage), ...checkScroll(scroll), checkSourceLines(lines)];
	const failures = budgets.filter((b) => !b.pass);

	console.log(`\n${pagesTable(results, toFloor)}`);
	console.log(
		`Medians of ${runs} run(s); Lighthouse ${String(environment.lighthouse)}, mobile, ` +
			'simulated throttling. Bytes transferred, gzip, 1 kB = 1000 bytes.'
	);
	for (const r of results) for (const w of r.warnings) console.log(`  ${r.path}: ${w}`);
	console.log(
		`\nScroll: the story top to bottom at ${SCROLL_SPEED} px/s, ${CPU_SLOWDOWN}x CPU slowdown, ` +
			`as shipped and held still (its script blocked), in turn; medians of ${runs} run(s) ` +
			`each; long = over ${LONG_MS} ms:`
	);
	console.log(scrollTable(scroll));
	console.log(`\nBudgets:\n${budgetsTable(budgets)}`);
	for (const note of notes) console.log(`\nNote: ${note}`);

	const written = writeResults(ROOT, {
		date: new Date().toISOString(),
		environment,
		runsPerPage: runs,
		machine: {
			cores,
			loadAtStart: Math.round(loadAtStart * 100) / 100,
			loadAtEnd: Math.round((loadavg()[0] ?? 0) * 100) / 100
		},
		served: {
			builtFor: site.url,
			reachedAs: `${base}/`,
			loopbackPort: siteServer.port,
			encoding: 'gzip'
		},
		floor: floorResult ?? null,
		pages,
		storyToFloor: toFloor,
		scroll: {
			speedPxPerSecond: SCROLL_SPEED,
			cpuSlowdown: CPU_SLOWDOWN,
			longMs: LONG_MS,
			heldStillBlocks: blocked,
			viewports: scroll
		},
		sourceLines: lines,
		budgets,
		notes,
		summary: { budgets: budgets.length, failed: failures.length }
	});
	console.log(
		`\n${budgets.length - failures.length} of ${budgets.length} budgets pass. Wrote ${written}.`
	);
	if (settings.strict && failures.length) process.exitCode = 1;
} finally {
	await siteServer.close();
	await floorServer.close();
	floor.remove();
}
