/**
 * Photographs what the build drew, from the same chart components as the story:
 * - the social cards: each /cards/<id>/ page at 1200 x 630, as build/cards/<id>.png;
 * - every chart in every state, from /pictures/<chart>/: build/images/<chart>/<state>.png
 *   (1200 CSS px wide) and <state>-narrow.png (a phone's 375), both at twice the pixel density,
 *   and <state>.svg, a standalone vector file: Chromium's PDF of the picture, converted by
 *   poppler's pdftocairo.
 * Then it gives each chart's oEmbed response the size of its thumbnail, the chart's key picture,
 * and removes the pages it photographed.
 *
 * Without a Chromium it warns and leaves the pictures out; without pdftocairo, the SVGs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { siteFromEnv } from './site.js';
import { createStaticServer } from './static-server.js';

const site = siteFromEnv(process.env.SITE_URL);
const dir = resolve(process.env.BUILD_DIR ?? 'build');
const WIDE = 1200;
const NARROW = 375;

for (const pages of ['cards', 'pictures']) {
	if (!existsSync(join(dir, pages))) {
		console.error(`No ${pages} pages in ${dir}: run the build first.`);
		process.exit(1);
	}
}

let executablePath;
try {
	executablePath = findChromium();
} catch (error) {
	console.warn(
		`Cards and chart pictures were not rendered: ${/** @type {Error} */ (error).message}`
	);
	process.exit(0);
}
const svg = spawnSync('pdftocairo', ['-v']).status === 0;
if (!svg)
	console.warn(
		'No pdftocairo (Debian: apt-get install poppler-utils): the SVG pictures are left out.'
	);

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

/** Width and height of a PNG, from its header. */
function pngSize(/** @type {string} */ path) {
	const bytes = readFileSync(path);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const server = createStaticServer(dir, site.base);
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}${site.base}`;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const work = join(tmpdir(), `pictures-${process.pid}`);
mkdirSync(work, { recursive: true });

try {
	const context = await browser.newContext({
		colorScheme: 'light',
		reducedMotion: 'reduce',
		deviceScaleFactor: 2
	});
	const page = await context.newPage();

	const cards = pagesIn('cards');
	await page.setViewportSize({ width: 1200, height: 630 });
	for (const id of cards) {
		const response = await page.goto(`${origin}/cards/${id}/`);
		if (!response?.ok()) throw new Error(`Card page ${id} answered ${response?.status()}`);
		await page.evaluate(() => document.fonts.ready);
		// Cards stay at 1200 x 630 pixels: the size the share sites ask for.
		await page
			.locator('[data-card]')
			.screenshot({ path: join(dir, 'cards', `${id}.png`), scale: 'css' });
	}

	let pictures = 0;
	for (const chart of pagesIn('pictures')) {
		const out = join(dir, 'images', chart);
		mkdirSync(out, { recursive: true });
		for (const width of [WIDE, NARROW]) {
			await page.setViewportSize({ width, height: 900 });
			const response = await page.goto(`${origin}/pictures/${chart}/`);
			if (!response?.ok()) throw new Error(`Picture page ${chart} answered ${response?.status()}`);
			await page.evaluate(() => document.fonts.ready);
			const picture = page.locator('[data-picture]');
			const states = ((await picture.getAttribute('data-states')) ?? '').split(' ');
			for (const state of states) {
				await page.evaluate((s) => {
					const figure = document.querySelector('figure[data-chart]');
					if (figure instanceof HTMLElement) figure.dataset.state = s;
				}, state);
				await page.evaluate(
					() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
				);
				const name = width === WIDE ? state : `${state}-narrow`;
				await picture.screenshot({ path: join(out, `${name}.png`) });
				pictures += 1;
				if (width === WIDE && svg) {
					const box = await picture.boundingBox();
					if (!box) throw new Error(`The ${chart} picture has no size`);
					const pdf = join(work, `${chart}-${state}.pdf`);
					await page.emulateMedia({ media: 'screen' });
					await page.pdf({
						path: pdf,
						width: `${Math.ceil(box.x + box.width)}px`,
						height: `${Math.ceil(box.y + box.height)}px`,
						printBackground: true,
						pageRanges: '1'
					});
					const file = join(out, `${state}.svg`);
					const done = spawnSync('pdftocairo', ['-svg', pdf, file]);
					if (done.status !== 0)
						throw new Error(`pdftocairo failed on ${chart} ${state}: ${done.stderr}`);
					writeCompressed(file, readFileSync(file));
				}
			}
			// The oEmbed thumbnail is the chart's key picture: give its response the picture's size.
			const key = await picture.getAttribute('data-key-state');
			const oembed = join(dir, 'embed', chart, 'oembed.json');
			if (width === WIDE && key && existsSync(oembed)) {
				const response = JSON.parse(readFileSync(oembed, 'utf8'));
				const size = pngSize(join(out, `${key}.png`));
				writeCompressed(
					oembed,
					JSON.stringify({
						...response,
						thumbnail_width: size.width,
						thumbnail_height: size.height
					})
				);
			}
		}
	}
	for (const id of cards) rmSync(join(dir, 'cards', id), { recursive: true, force: true });
	rmSync(join(dir, 'pictures'), { recursive: true, force: true });
	console.log(`Rendered ${cards.length} social cards and ${pictures} chart pictures into ${dir}`);
} finally {
	await browser.close();
	server.close();
	rmSync(work, { recursive: true, force: true });
}
