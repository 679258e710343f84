/**
 * `npm run check:deploy`: run before copying build/ (or BUILD_DIR) to a host. It fails, listing
 * each problem on a line, exit 1, when the build is a local one (built without SITE_URL, or for
 * this machine: its canonical, Open Graph, oEmbed and JSON-LD addresses and embed codes would
 * all lead there), when an internal page the picture step photographs is left in it, or when a
 * social card or oEmbed thumbnail its pages name is missing. The full walk of every link is
 * tests/build/links.test.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { siteFromEnv } from './site.js';

const dir = resolve(process.env.BUILD_DIR ?? 'build');

/**
 * @param {string} dir the built site
 * @returns {string[]} the problems, one line each
 */
function deployProblems(dir) {
	const index = join(dir, 'index.html');
	if (!existsSync(index)) return [`No built site in ${dir}: run \`npm run build\` first.`];
	const problems = [];
	const canonical = /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(index, 'utf8'))?.[1];
	if (!canonical) return [`${index} has no canonical address to tell which site it is for.`];
	const site = siteFromEnv(canonical);
	if (site.local) {
		problems.push(
			`${dir} is a local build, for ${site.origin}: rebuild it for the public address, ` +
				'e.g. SITE_URL=https://example.org/graphics/micron/ npm run build'
		);
	}
	for (const internal of [
		'pictures',
		...pagesUnder(join(dir, 'cards')).map((id) => `cards/${id}`)
	]) {
		if (existsSync(join(dir, internal)))
			problems.push(`${internal}/ is an internal page, left in the build`);
	}
	for (const chart of pagesUnder(join(dir, 'embed'))) {
		const oembed = join(dir, 'embed', chart, 'oembed.json');
		if (!existsSync(oembed)) continue;
		const thumbnail = new URL(JSON.parse(readFileSync(oembed, 'utf8')).thumbnail_url).pathname;
		const file = join(
			dir,
			decodeURIComponent(thumbnail.slice(new URL(canonical).pathname.length - 1))
		);
		if (!existsSync(file))
			problems.push(`the oEmbed thumbnail of ${chart}, ${thumbnail}, is missing`);
	}
	if (!existsSync(join(dir, 'cards', 'story.png')))
		problems.push('the social card cards/story.png is missing');
	return problems;
}

/** @param {string} folder */
function pagesUnder(folder) {
	if (!existsSync(folder)) return [];
	return readdirSync(folder, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
}

const problems = deployProblems(dir);
if (problems.length) {
	console.error(`Not ready to deploy:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	process.exit(1);
}
console.log(`${dir} is ready to deploy.`);
