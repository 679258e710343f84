/**
 * Gives each step picture in a built page the height of its file. The story's pictures are
 * photographed after the pages are built (pictures.js), so only then is their height known; with
 * width and height in the HTML a browser keeps their room before they load, and the text below
 * does not move when they arrive. The files are drawn at twice the CSS size they are shown at.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** A step's pictures: `<div class="step-picture-frame">` with its images, wide and narrow. */
const STEP_PICTURE = /<div class="step-picture-frame[^"]*">[\s\S]*?<\/div>/g;
const TAG = /<img\b[^>]*>/g;
const FILE = /\/images\/([^/"\s]+)\/([^/"\s]+\.png)/;

/**
 * @param {string} html a built page
 * @param {(chart: string, file: string) => { width: number, height: number }} sizeOf a picture
 *   file's size in pixels
 * @returns {string} the page with `height` after each step picture's `width`
 */
export function withPictureSizes(html, sizeOf) {
	return html.replace(STEP_PICTURE, (block) =>
		block.replace(TAG, (tag) => {
			const file = FILE.exec(tag);
			const width = / width="(\d+)"/.exec(tag);
			const [found, chart = '', name = ''] = file ?? [];
			if (!found || !width) throw new Error(`A step picture without a file or a width: ${tag}`);
			const size = sizeOf(chart, name);
			if (Number(width[1]) * 2 !== size.width) {
				throw new Error(
					`${found} is ${size.width} px wide; its HTML says ${width[1]} CSS px, at 2x`
				);
			}
			const height = ` height="${Math.round(size.height / 2)}"`;
			return / height="/.test(tag) ? tag : tag.replace(width[0], `${width[0]}${height}`);
		})
	);
}

/** Width and height of a PNG, from its header. */
export function pngSize(/** @type {string} */ path) {
	const bytes = readFileSync(path);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Every built page with step pictures, given their heights.
 * @param {string} dir the build
 * @param {(path: string, body: string) => void} write writes a page (with its compressed twins)
 * @returns {number} how many pages had step pictures
 */
export function sizeStepPictures(dir, write) {
	const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) =>
		file.endsWith('.html')
	);
	let sized = 0;
	for (const page of pages) {
		const html = readFileSync(join(dir, page), 'utf8');
		if (!html.includes('step-picture-frame')) continue;
		write(
			join(dir, page),
			withPictureSizes(html, (chart, file) => pngSize(join(dir, 'images', chart, file)))
		);
		sized += 1;
	}
	return sized;
}
