/**
 * What the cross-engine spec asks of a browser, whichever drives it: one small adapter per engine
 * (chromium.ts and firefox.ts through puppeteer-core, webkit.ts through selenium-webdriver).
 * Coordinates are CSS pixels in the viewport; every engine runs at device pixel ratio 1.
 */
const ENGINE_NAMES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

export interface Engine {
	readonly name: EngineName;
	/** The browser's own name and version, as its driver reports it. */
	readonly version: string;
	/** Sizes the viewport (not the window) to width × height and loads `path` on the site. */
	open(path: string, width: number, height: number): Promise<void>;
	/** Runs `fn` in the page (it is serialised: no closures) and returns its (awaited) result. */
	evaluate<R, A extends unknown[]>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R>;
	/** A mouse click at a point of the viewport (the same input a tap on a mark gives a button). */
	click(x: number, y: number): Promise<void>;
	/** Moves the mouse to a point of the viewport and leaves it there. */
	hover(x: number, y: number): Promise<void>;
	/** Presses a key on whatever has focus. */
	press(key: 'Enter' | 'Escape'): Promise<void>;
	/** A PNG of the viewport. */
	screenshot(): Promise<Buffer>;
	/** The page printed to an A4 PDF, or why this driver cannot print. */
	pdf(path: string): Promise<Buffer | string>;
	/** Console errors, uncaught errors and CSP violations since the last `open`, then forgets them. */
	takeErrors(): Promise<string[]>;
	close(): Promise<void>;
}

/** Where the built site is served for the engines (tests/engines/setup.ts starts the server). */
export const PORT = Number(process.env.PORT) || 4175;
export const SITE = `http://127.0.0.1:${PORT}`;

/** The engines to run: ENGINES=firefox,webkit picks some; all three by default. */
export function selectedEngines(value = process.env.ENGINES): EngineName[] {
	if (!value?.trim()) return [...ENGINE_NAMES];
	const names = value.split(',').map((name) => name.trim());
	const unknown = names.filter((name) => !(ENGINE_NAMES as readonly string[]).includes(name));
	if (unknown.length) {
		throw new Error(`ENGINES names ${unknown.join(', ')}; choose from ${ENGINE_NAMES.join(', ')}.`);
	}
	return names as EngineName[];
}

/** Waits `ms` milliseconds. */
export const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
