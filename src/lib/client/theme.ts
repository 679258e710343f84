/**
 * The host page's choice of colours for an embed: `/embed.js` passes the iframe's `data-theme`
 * ("light", "dark", or "auto" for the page's own: its `?theme=`, else the reader's setting), and
 * any later change, as a message the page follows at once, without reloading. Only the frame's
 * own parent is heard.
 */

const THEME_MESSAGE = 'micron-embed-theme';
const THEMES = ['light', 'dark'];

/** The theme a message asks for: "light", "dark", null for the reader's own; undefined if none. */
export function themeOf(data: unknown): string | null | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const { type, theme } = data as { type?: unknown; theme?: unknown };
	if (type !== THEME_MESSAGE || typeof theme !== 'string') return undefined;
	return THEMES.includes(theme) ? theme : null;
}

export function followHostTheme(win: Window): () => void {
	const root = win.document.documentElement;
	// The page's own choice (`?theme=`, set by /embed-theme.js): what "auto" returns to.
	const own = root.dataset.theme;
	const onMessage = (event: MessageEvent) => {
		if (event.source !== win.parent || win.parent === win) return;
		const asked = themeOf(event.data);
		if (asked === undefined) return;
		const theme = asked ?? own;
		if (theme) root.dataset.theme = theme;
		else delete root.dataset.theme;
	};
	win.addEventListener('message', onMessage);
	return () => win.removeEventListener('message', onMessage);
}
