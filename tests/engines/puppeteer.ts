/**
 * Chromium (over CDP) and Firefox ESR (over WebDriver BiDi) through puppeteer-core: one adapter,
 * two launches. Both report console errors, uncaught errors and failed loads as events; a
 * `securitypolicyviolation` listener is added before any page script runs (Firefox also reports
 * its CSP violations as page errors).
 */
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import { SITE, type Engine, type EngineName } from './engine';

/** Collects CSP violations in the page, from before its first script. */
function listenForViolations() {
	const w = window as unknown as { __engineErrors?: string[] };
	w.__engineErrors = [];
	document.addEventListener('securitypolicyviolation', (event) => {
		w.__engineErrors?.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`);
	});
}

export async function launchPuppeteer(name: EngineName, options: LaunchOptions): Promise<Engine> {
	const browser: Browser = await puppeteer.launch({
		headless: true,
		protocolTimeout: 180_000,
		...options
	});
	const page: Page = await browser.newPage();
	let errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`page error: ${String(error)}`));
	page.on('requestfailed', (request) => {
		errors.push(`failed: ${request.url()} ${request.failure()?.errorText ?? ''}`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	await page.evaluateOnNewDocument(listenForViolations);

	return {
		name,
		version: await browser.version(),
		async open(path, width, height) {
			await page.setViewport({ width, height, deviceScaleFactor: 1 });
			await page.goto(new URL(path, SITE).href, { waitUntil: 'load' });
		},
		// Serialised as source with plain JSON arguments: puppeteer's handle types do not apply.
		evaluate: (fn, ...args) => page.evaluate(fn as (...a: unknown[]) => unknown, ...args) as never,
		click: (x, y) => page.mouse.click(x, y),
		hover: (x, y) => page.mouse.move(x, y),
		press: (key) => page.keyboard.press(key),
		async screenshot() {
			return Buffer.from(await page.screenshot({ type: 'png' }));
		},
		async pdf(path) {
			return Buffer.from(await page.pdf({ path, format: 'A4', printBackground: true }));
		},
		async takeErrors() {
			const inPage = await page.evaluate(
				() => (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? []
			);
			const all = [...errors, ...inPage];
			errors = [];
			return all;
		},
		close: () => browser.close()
	};
}
