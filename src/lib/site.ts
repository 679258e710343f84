/**
 * The public site this build is for, decided by SITE_URL at build time (scripts/site.js); `local`
 * when that is this machine (a preview build, whose addresses work nowhere else).
 */
export const site: Readonly<{ origin: string; base: string; url: string; local: boolean }> =
	__SITE__;

/**
 * An absolute public URL for a path inside the site, for embed codes, oEmbed and Open Graph.
 * @param path a site path such as `/embed/timeline/` (leading slash optional)
 */
export function absoluteUrl(path: string): string {
	return new URL(path.replace(/^\/+/, ''), site.url).href;
}
