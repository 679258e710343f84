/**
 * Photographs what the build drew, from the same chart components as the story:
 * - the social cards: each /cards/<id>/ page at 1200 x 630, as build/cards/<id>.png;
 * - every chart in every state, from /pictures/<chart>/: build/images/<chart>/<state>.png
 *   (1200 CSS px wide) and <state>-narrow.png (a phone's 375), both at twice the pixel density,
 *   and <state>.svg, a standalone vector file: Chromium's PDF of the picture, converted by
 *   poppler's pdftocairo.
 * Then it writes each step picture's height into the story (picture-sizes.js), gives each
 * chart's oEmbed response its real height (the embed page at the oEmbed width, 720 px) and its
 * thumbnail's size, and removes the pages it photographed.
 *
 * A build that cannot ship every picture its pages link to fails: without Chromium or
 * pdftocairo (build-needs.js says what to install), or when any step goes wrong, it prints one
 * message, removes the build and exits 1. A card or picture that shows a link or a button
 * (controls that cannot work in a picture) fails it too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { missingMessage, missingTools } from './build-needs.js';
import { pngSize, sizeStepPictures } from './picture-sizes.js';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { localBuildNotice, siteFromEnv } from './site.js';
import { createStaticServer } from './static-server.js';

const site = siteFromEnv(process.env.SITE_URL);
const dir = resolve(process.env.BUILD_DIR ?? 'build');
const WIDE = 1200;
const NARROW = 375;
/** The width oEmbed declares (src/lib/embed/oembed.ts): the height is measured there. */
const OEMBED_WIDTH = 720;

/**
 * Stops the build: the message, then the build removed (it would link pictures that are not
 * there; `npm run serve` then says to build), exit 1.
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	const isBuild = existsSync(join(dir, 'index.html')) && existsSync(join(dir, '_app'));
	if (isBuild) rmSync(dir, { recursive: true, force: true });
	console.error(
		`${message}${isBuild ? `\n${dir} was removed: it links pictures it does not have.` : ''}`
	);
	process.exit(1);
}

for (const pages of ['cards', 'pictures']) {
	if (!existsSync(join(dir, pages))) {
		console.error(`No ${pages} pages in ${dir}: run the build first (npm run build).`);
		process.exit(1);
	}
}
const missing = missingTools();
if (missing.length) fail(missingMessage(missing, 'The pictures were not made.'));

/** The subdirectories of a folder of the build: one page each. */
const pagesIn = (/** @type {string} */ folder) =>
	readdirSync(join(dir, folder), { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);

/** Writes a file with the gzip and brotli twins the static host serves. */
function writeCompressed(/** @type {string} */ path, /** @type {string | Buffer} */ body) {
	writeFileSync(path, body);
	writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
	writeFileSync(`${path}.br`, brotliCompressSync(body));
}

/**
 * Runs in the page: the words of every link, button or form field that shows inside `frame`
 * (not hidden, not clipped away): controls that cannot work in a picture. Chart marks, which
 * are buttons opening their details, are the picture itself.
 * @param {Element} frame
 */
function controlsShown(frame) {
	const clip = (/** @type {Element} */ el) => {
		let box = el.getBoundingClientRect();
		for (let up = el.parentElement; up && frame.contains(up); up = up.parentElement) {
			if (getComputedStyle(up).overflow === 'visible') continue;
			const r = up.getBoundingClientRect();
			const left = Math.max(box.left, r.left);
			const top = Math.max(box.top, r.top);
			box = new DOMRect(
				left,
				top,
				Math.min(box.right, r.right) - left,
				Math.min(box.bottom, r.bottom) - top
			);
		}
		return box.width > 0 && box.height > 0;
	};
	return [
		...frame.querySelectorAll(
			'a[href], textarea, input, select, summary, button:not([popovertarget])'
		)
	]
		.filter(
			(el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && clip(el)
		)
		.map((el) =>
			(el.closest('p, li, div') ?? el).textContent?.replace(/\s+/g, ' ').trim().slice(0, 80)
		);
}

/** @param {import('@playwright/test').Locator} locator @param {string} what */
async function checkNoControls(locator, what) {
	const shown = await locator.evaluate(controlsShown);
	if (shown.length) {
		throw new Error(
			`${what} shows controls that cannot work in a picture: ${[...new Set(shown)].join('; ')}`
		);
	}
}

/**
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 */
async function photograph(page, origin) {
	const work = join(tmpdir(), `pictures-${process.pid}`);
	mkdirSync(work, { recursive: true });
	const cards = pagesIn('cards');
	await page.setViewportSize({ width: 1200, height: 630 });
	for (const id of cards) {
		const response = await page.goto(`${origin}/cards/${id}/`);
		if (!response?.ok()) throw new Error(`Card page ${id} answered ${response?.status()}`);
		await page.evaluate(() => document.fonts.ready);
		await settled(page);
		const card = page.locator('[data-card]');
		await checkNoControls(card, `The social card ${id}`);
		// Cards stay at 1200 x 630 pixels: the size the share sites ask for.
		await card.screenshot({ path: join(dir, 'cards', `${id}.png`), scale: 'css' });
	}

	let pictures = 0;
	for (const chart of pagesIn('pictures')) {
		const out = join(dir, 'images', chart);
		mkdirSync(out, { recursive: true });
		let key = '';
		for (const width of [WIDE, NARROW]) {
			await page.setViewportSize({ width, height: 900 });
			const response = await page.goto(`${origin}/pictures/${chart}/`);
			if (!response?.ok()) throw new Error(`Picture page ${chart} answered ${response?.status()}`);
			await page.evaluate(() => document.fonts.ready);
			const picture = page.locator('[data-picture]');
			const states = ((await picture.getAttribute('data-states')) ?? '').split(' ');
			key = (await picture.getAttribute('data-key-state')) ?? '';
			for (const state of states) {
				await page.evaluate((s) => {
					const figure = document.querySelector('figure[data-chart]');
					if (figure instanceof HTMLElement) figure.dataset.state = s;
				}, state);
				await settled(page);
				await checkNoControls(picture, `The picture of ${chart} (${state})`);
				const name = width === WIDE ? state : `${state}-narrow`;
				await picture.screenshot({ path: join(out, `${name}.png`) });
				pictures += 1;
				if (width === WIDE)
					await vector(
						page,
						picture,
						join(work, `${chart}-${state}.pdf`),
						join(out, `${state}.svg`)
					);
			}
		}
		await finishOembed(page, origin, chart, join(out, `${key}.png`));
	}
	for (const id of cards) rmSync(join(dir, 'cards', id), { recursive: true, force: true });
	rmSync(join(dir, 'pictures'), { recursive: true, force: true });
	rmSync(work, { recursive: true, force: true });
	return { cards: cards.length, pictures };
}

/**
 * Waits until the page shows the state it was given: two frames for the style to apply, then
 * every animation and transition finished (a label's 150 ms fade-in runs even for reduced
 * motion; a picture taken two frames in caught it half done, different from build to build).
 * @param {import('@playwright/test').Page} page
 */
async function settled(page) {
	await page.evaluate(async () => {
		await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
		const finished = Promise.all(document.getAnimations().map((animation) => animation.finished));
		await Promise.race([finished, new Promise((done) => setTimeout(done, 5000))]);
	});
}

/**
 * The picture as a standalone SVG: Chromium's PDF of it, converted by pdftocairo.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} picture
 * @param {string} pdf
 * @param {string} file
 */
async function vector(page, picture, pdf, file) {
	const box = await picture.boundingBox();
	if (!box) throw new Error(`${file}: the picture has no size`);
	await page.emulateMedia({ media: 'screen' });
	await page.pdf({
		path: pdf,
		width: `${Math.ceil(box.x + box.width)}px`,
		height: `${Math.ceil(box.y + box.height)}px`,
		printBackground: true,
		pageRanges: '1'
	});
	const done = spawnSync('pdftocairo', ['-svg', pdf, file]);
	if (done.status !== 0) throw new Error(`pdftocairo failed on ${file}: ${done.stderr}`);
	writeCompressed(file, readFileSync(file));
}

/**
 * Gives a chart's oEmbed response the height its embed page has at the oEmbed width, and its
 * thumbnail's size (the chart's key picture).
 * @param {import('@playwright/test').Page} page
 * @param {string} origin
 * @param {string} chart
 * @param {string} thumbnail
 */
async function finishOembed(page, origin, chart, thumbnail) {
	const oembed = join(dir, 'embed', chart, 'oembed.json');
	if (!existsSync(oembed)) return;
	await page.setViewportSize({ width: OEMBED_WIDTH, height: 900 });
	const response = await page.goto(`${origin}/embed/${chart}/`);
	if (!response?.ok()) throw new Error(`Embed page ${chart} answered ${response?.status()}`);
	await page.evaluate(() => document.fonts.ready);
	await settled(page);
	const height = await page.evaluate(() =>
		Math.ceil(document.documentElement.getBoundingClientRect().height)
	);
	const size = pngSize(thumbnail);
	const data = JSON.parse(readFileSync(oembed, 'utf8'));
	writeCompressed(
		oembed,
		JSON.stringify({ ...data, height, thumbnail_width: size.width, thumbnail_height: size.height })
	);
}

const server = createStaticServer(dir, site.base);
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${site.base}`;
/** @type {import('@playwright/test').Browser | undefined} */
let browser;
try {
	browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
	const context = await browser.newContext({
		colorScheme: 'light',
		reducedMotion: 'reduce',
		deviceScaleFactor: 2
	});
	const made = await photograph(await context.newPage(), origin);
	if (!sizeStepPictures(dir, writeCompressed)) throw new Error('No page has step pictures');
	console.log(
		`Rendered ${made.cards} social cards and ${made.pictures} chart pictures into ${dir}`
	);
	const notice = localBuildNotice(site);
	if (notice) console.warn(notice);
} catch (error) {
	await browser?.close().catch(() => {});
	server.close();
	fail(
		`The build could not make its pictures: ${/** @type {Error} */ (error).message.split('\n')[0]}`
	);
} finally {
	await browser?.close().catch(() => {});
	server.close();
}
