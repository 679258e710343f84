import { execFileSync } from 'node:child_process';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { siteFromEnv } from './scripts/site.js';

/** The public origin and base path, from SITE_URL: the one place they are decided. */
export const site = siteFromEnv(process.env.SITE_URL);

/**
 * The build's version (_app/version.json, and the client runtime): the commit, so two builds of
 * one commit are the same bytes. Kit's default, the time of the build, made every build differ
 * and renamed the client files that carry it. Outside a git checkout, the package's version.
 */
function buildVersion() {
	try {
		return execFileSync('git', ['rev-parse', 'HEAD'], { stdio: ['ignore', 'pipe', 'ignore'] })
			.toString()
			.trim();
	} catch {
		return `v${process.env.npm_package_version ?? '0'}`;
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Pages ship no Svelte runtime: each component's styles are written into the page only where
	// the component renders, so an embed carries its own chart's styles and no other's.
	compilerOptions: { css: 'injected' },
	kit: {
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			precompress: true,
			strict: true
		}),
		version: { name: process.env.BUILD_VERSION || buildVersion() },
		// A second build (the sub-path test) must not overwrite the first one's working files.
		outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
		paths: {
			base: site.base,
			// Absolute asset paths, so 404.html works at any depth and embeds work in any frame.
			relative: false
		},
		// Every page's CSS goes inline in its <head> (7 kB gzip on the story, under 3 kB on the
		// others): no render-blocking stylesheet request before the first paint.
		inlineStyleThreshold: Infinity,
		// Content Security Policy. Every page is prerendered, so Kit writes it as a <meta http-equiv>
		// and adds the sha256 of its own inline boot script to script-src. Everything loads from our
		// origin only; scripts are our files or that hashed boot script, never other inline code.
		// No frame-ancestors, on purpose: a meta tag cannot carry it, and embeds must stay framable
		// by any newsroom. README, "Quality", explains each directive.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Each chart's states are a built <style> block; marks carry positions as CSS variables in style attributes.
				'style-src': ['self', 'unsafe-inline'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		},
		prerender: {
			// The chart pictures under /images/ are drawn after the build (scripts/pictures.js);
			// the build-output tests check that every link to one resolves. Anything else missing fails.
			handleHttpError: ({ path, message }) => {
				if (path.startsWith(`${site.base}/images/`)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail',
			handleUnseenRoutes: 'fail'
		}
	}
};

export default config;
