/**
 * Renders the social cards after the build: photographs each prerendered /cards/<id>/ page at
 * 1200 x 630 in Chromium, writes build/cards/<id>.png and removes the page. The cards show the
 * same chart components as the story, in each section's key state.
 *
 * Without a Chromium it warns and leaves the cards out (og:image then points at nothing).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.js';
import { siteFromEnv } from './site.js';
import { createStaticServer } from './static-server.js';

const site = siteFromEnv(process.env.SITE_URL);
const dir = resolve(process.env.BUILD_DIR ?? 'build');
const cardsDir = join(dir, 'cards');

if (!existsSync(cardsDir)) {
	console.error(`No card pages in ${cardsDir}: run the build first.`);
	process.exit(1);
}

let executablePath;
try {
	executablePath = findChromium();
} catch (error) {
	console.warn(`Social cards were not rendered: ${/** @type {Error} */ (error).message}`);
	process.exit(0);
}

const ids = readdirSync(cardsDir, { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => entry.name);

const server = createStaticServer(dir, site.base);
await new Promise((done) => server.listen(0, '127.0.0.1', () => done(undefined)));
const address = server.address();
const port = typeof address === 'object' && address ? address.port : 0;
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage({
		viewport: { width: 1200, height: 630 },
		colorScheme: 'light',
		reducedMotion: 'reduce'
	});
	for (const id of ids) {
		const response = await page.goto(`http://127.0.0.1:${port}${site.base}/cards/${id}/`);
		if (!response?.ok()) throw new Error(`Card page ${id} answered ${response?.status()}`);
		await page.evaluate(() => document.fonts.ready);
		await page.locator('[data-card]').screenshot({ path: join(cardsDir, `${id}.png`) });
		rmSync(join(cardsDir, id), { recursive: true, force: true });
	}
	console.log(`Rendered ${ids.length} social cards into ${cardsDir}`);
} finally {
	await browser.close();
	server.close();
}
