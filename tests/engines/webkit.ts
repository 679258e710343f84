/**
 * WebKitGTK (the engine of Safari 26) through Debian's WebKitWebDriver and selenium-webdriver,
 * driving MiniBrowser on an Xvfb display this adapter starts and stops itself. Its limits, and
 * what stands in for them:
 * - WebDriver classic has no preload scripts and WebKitWebDriver hands over no console
 *   messages: the error, unhandled-rejection and `securitypolicyviolation` listeners (and a
 *   wrapped console.error) are installed right after each load, so a violation during the load
 *   itself is not seen here (Chromium and Firefox see those).
 * - It cannot print (`/print` is an unknown command): wkprint.py prints with WebKit2GTK's own
 *   print operation instead, on the same display.
 * - Its wheel action scrolls once per session: the spec scrolls with scrollTo, as a reader's
 *   scroll would move the page.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Builder, Key, Origin, type WebDriver } from 'selenium-webdriver';
import { pause, SITE, type Engine } from './engine';

const MINIBROWSER = ['x86_64-linux-gnu', 'aarch64-linux-gnu']
	.map((arch) => `/usr/lib/${arch}/webkit2gtk-4.1/MiniBrowser`)
	.find((path) => existsSync(path));

/** MiniBrowser's toolbar shrunk to 20 px, so a window can be as narrow as a phone (375 or 320). */
const GTK_CSS = `* { min-width: 0; min-height: 0; padding: 0; margin: 0; font-size: 4px; border-width: 0; }
entry { min-width: 10px; }
`;
// Overlay scrollbars, as on a phone. Never gtk-enable-animations=false: WebKitGTK reports it to
// pages as prefers-reduced-motion: reduce.
const GTK_SETTINGS = '[Settings]\ngtk-overlay-scrolling = true\n';

/** Starts Xvfb on the first free display; its number. */
function startXvfb(): Promise<{ display: string; xvfb: ChildProcess }> {
	const xvfb = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'pipe', 'pipe']
		}
	);
	return new Promise((resolve, reject) => {
		let said = '';
		xvfb.stdio[3]?.on('data', (chunk: Buffer) => {
			said += chunk.toString();
			if (said.includes('\n')) resolve({ display: `:${said.trim()}`, xvfb });
		});
		xvfb.on('error', (error) =>
			reject(new Error(`Xvfb did not start (apt-get install xvfb): ${error.message}`))
		);
		xvfb.on('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
	});
}

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

async function waitForDriver(url: string, driver: ChildProcess) {
	for (let i = 0; i < 100; i++) {
		if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
		try {
			if ((await fetch(`${url}/status`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await pause(100);
	}
	throw new Error('WebKitWebDriver did not answer in 10 s');
}

/** Installed after each load (no preload scripts here): errors and CSP violations from then on. */
function listenForErrors() {
	const w = window as unknown as { __engineErrors?: string[] };
	if (w.__engineErrors) return;
	const errors: string[] = [];
	w.__engineErrors = errors;
	addEventListener('error', (event) => errors.push(`page error: ${event.message}`));
	addEventListener('unhandledrejection', (event) =>
		errors.push(`rejection: ${String(event.reason)}`)
	);
	document.addEventListener('securitypolicyviolation', (event) => {
		errors.push(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`);
	});
	const original = console.error.bind(console);
	console.error = (...args: unknown[]) => {
		errors.push(`console: ${args.map(String).join(' ')}`);
		original(...args);
	};
}

export async function launchWebKit(): Promise<Engine> {
	if (!MINIBROWSER) throw new Error('No MiniBrowser: apt-get install webkit2gtk-driver');
	const config = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
	mkdirSync(join(config, 'gtk-3.0'));
	writeFileSync(join(config, 'gtk-3.0', 'gtk.css'), GTK_CSS);
	writeFileSync(join(config, 'gtk-3.0', 'settings.ini'), GTK_SETTINGS);
	const { display, xvfb } = await startXvfb();
	const env = { ...process.env, DISPLAY: display, XDG_CONFIG_HOME: config };
	const port = await freePort();
	const server = spawn('WebKitWebDriver', [`--port=${port}`], { env, stdio: 'ignore' });
	const stop = () => {
		server.kill();
		xvfb.kill();
		rmSync(config, { recursive: true, force: true });
	};
	// Also if the run ends without closing (a crash or an interrupted run).
	process.once('exit', stop);
	let driver: WebDriver;
	try {
		await waitForDriver(`http://127.0.0.1:${port}`, server);
		driver = await new Builder()
			.usingServer(`http://127.0.0.1:${port}`)
			.withCapabilities({
				browserName: 'MiniBrowser',
				'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] }
			})
			.build();
		await driver.manage().setTimeouts({ script: 120_000, pageLoad: 60_000 });
	} catch (error) {
		stop();
		throw error;
	}
	const capabilities = await driver.getCapabilities();
	let size = '';

	/** Sizes the window so the viewport (under the 20 px toolbar) is width × height. */
	async function viewport(width: number, height: number) {
		if (size === `${width}x${height}`) return;
		let [w, h] = [width, height + 20];
		for (let i = 0; i < 3; i++) {
			await driver.manage().window().setRect({ x: 0, y: 0, width: w, height: h });
			const [iw, ih] = await driver.executeScript<number[]>('return [innerWidth, innerHeight]');
			if (iw === width && ih === height) break;
			[w, h] = [w + width - (iw ?? width), h + height - (ih ?? height)];
		}
		size = `${width}x${height}`;
	}
	// At once (selenium's default move takes 100 ms): a click is not a rest on the mark first.
	const mouse = (x: number, y: number) =>
		driver
			.actions({ async: true })
			.move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT, duration: 0 });

	return {
		name: 'webkit',
		version: `WebKitGTK ${capabilities.get('browserVersion') as string} (MiniBrowser)`,
		async open(path, width, height) {
			await viewport(width, height);
			await driver.get(new URL(path, SITE).href);
			await driver.executeScript(listenForErrors);
		},
		evaluate: (fn, ...args) => driver.executeScript(fn, ...args) as never,
		click: (x, y) => mouse(x, y).press().release().perform(),
		hover: (x, y) => mouse(x, y).perform(),
		press: (key) =>
			driver
				.actions({ async: true })
				.sendKeys(key === 'Enter' ? Key.ENTER : Key.ESCAPE)
				.perform(),
		async screenshot() {
			return Buffer.from(await driver.takeScreenshot(), 'base64');
		},
		async pdf(path) {
			const url = await driver.getCurrentUrl();
			const script = fileURLToPath(new URL('wkprint.py', import.meta.url));
			const run = spawnSync('/usr/bin/python3', [script, url, path], { env, timeout: 120_000 });
			if (run.status !== 0) return `wkprint.py failed: ${run.stderr.toString().trim()}`;
			return readFileSync(path);
		},
		async takeErrors() {
			return driver.executeScript<string[]>(() => {
				const w = window as unknown as { __engineErrors?: string[] };
				return w.__engineErrors?.splice(0) ?? [];
			});
		},
		async close() {
			try {
				await driver.quit();
			} finally {
				stop();
			}
		}
	};
}
