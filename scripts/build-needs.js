/**
 * What `npm run build` needs besides Node, checked before anything is built (and again by
 * scripts/pictures.js): the build photographs the social cards and every chart state, which its
 * pages link to, so it needs Chromium, and poppler's pdftocairo for the SVG pictures. Without
 * them it would ship pages whose og:image, oEmbed thumbnail, noscript picture and download links
 * all 404; so it stops at once, in one message that says what is missing and how to get it.
 *
 *   node scripts/build-needs.js      # exit 1 with the message, or 0 (and the local-build notice)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.js';
import { localBuildNotice, siteFromEnv } from './site.js';

export const HOW_TO_GET_PDFTOCAIRO =
	'Install it with `apt-get install poppler-utils` (Debian/Ubuntu) or `brew install poppler` (macOS).';

/**
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {string[]} one line per missing program, saying how to get it; empty when none is
 */
export function missingTools(env = process.env) {
	const missing = [];
	try {
		findChromium(env);
	} catch (error) {
		missing.push(`Chromium, which photographs them: ${/** @type {Error} */ (error).message}`);
	}
	const pdftocairo = spawnSync('pdftocairo', ['-v'], { env, stdio: 'ignore' });
	if (pdftocairo.error || pdftocairo.status !== 0) {
		missing.push(
			`pdftocairo (poppler), which makes the SVG pictures: not found on PATH. ${HOW_TO_GET_PDFTOCAIRO}`
		);
	}
	return missing;
}

/**
 * The one message for what is missing, or '' when nothing is.
 * @param {string[]} missing
 * @param {string} [after] what has become of the build
 */
export function missingMessage(missing, after = 'Nothing was built.') {
	if (!missing.length) return '';
	return [
		'The build cannot make its pictures (the social cards, and every chart state as PNG and',
		'SVG), which its pages link to. Missing:',
		...missing.map((line) => `  - ${line}`),
		after
	].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const message = missingMessage(missingTools());
	if (message) {
		console.error(message);
		process.exit(1);
	}
	const notice = localBuildNotice(siteFromEnv(process.env.SITE_URL));
	if (notice) console.warn(notice);
}
