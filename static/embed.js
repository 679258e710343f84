/*
 * Sizes our chart iframes on any page, without pym.js, and passes them the host's colours.
 * Add it once, after the iframes: <script src="https://<our site>/embed.js" async></script>
 * - It applies the height messages (pym.js protocol) our embed pages send, only when one comes
 *   from one of our iframes (iframe[data-micron-embed]) and from our origin or the origin of the
 *   frame's own src (another name of our site: www and bare domain); or from one of our iframes
 *   sandboxed without allow-same-origin, whose origin is opaque.
 * - An iframe's data-theme ("light", "dark", "auto") is passed to it, and so is any change;
 *   removing it gives the frame back its own colours.
 * - Iframes added later (single-page hosts, lazy blocks) are found as they arrive; loading this
 *   script twice is harmless.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || window.__micronEmbedLoader) return;
	window.__micronEmbedLoader = true;
	var origin = new URL(script.src, location.href).origin;
	var HEIGHT = /^pymxPYMx[\w-]*xPYMxheightxPYMx(\d{1,5})$/;
	var SELECTOR = 'iframe[data-micron-embed]';

	function frames() {
		return Array.prototype.slice.call(document.querySelectorAll(SELECTOR));
	}

	// These messages say nothing private, and a frame may still hold about:blank, so they go to
	// any origin; the frame answers only its parent.
	function ask(frame) {
		if (!frame.contentWindow) return;
		// A width message makes the page answer with its height, in case its first one came early.
		frame.contentWindow.postMessage('pymxPYMxxPYMxwidthxPYMx' + frame.offsetWidth, '*');
		// No data-theme (or none any more) asks for the frame's own colours.
		var theme = frame.getAttribute('data-theme') || 'auto';
		frame.contentWindow.postMessage({ type: 'micron-embed-theme', theme: theme }, '*');
	}

	var known = [];
	function adopt(frame) {
		if (known.indexOf(frame) >= 0) return;
		known.push(frame);
		frame.setAttribute('scrolling', 'no');
		frame.addEventListener('load', function () {
			ask(frame);
		});
		ask(frame);
	}

	// A frame sandboxed without allow-same-origin (as some CMSs insert embeds) has an opaque
	// origin, so its messages say "null": heard only from such a frame of ours, showing our page.
	function opaque(frame) {
		var sandbox = frame.getAttribute('sandbox');
		return (
			sandbox !== null &&
			!/(^|\s)allow-same-origin(\s|$)/.test(sandbox) &&
			new URL(frame.src, location.href).origin === origin
		);
	}

	// The origin of a frame's src: the host may load this script and the frame by two names of
	// our site (www and bare). A frame navigated elsewhere since speaks from another origin.
	function given(frame) {
		var src = frame.getAttribute('src');
		try {
			return src ? new URL(src, location.href).origin : '';
		} catch {
			return '';
		}
	}

	window.addEventListener('message', function (event) {
		if (typeof event.data !== 'string') return;
		var match = HEIGHT.exec(event.data);
		if (!match) return;
		var frame = frames().filter(function (f) {
			return f.contentWindow === event.source;
		})[0];
		if (!frame) return;
		var from = event.origin;
		if (from !== origin && from !== given(frame) && !(from === 'null' && opaque(frame))) return;
		frame.style.height = match[1] + 'px';
		frame.setAttribute('height', match[1]);
	});

	frames().forEach(adopt);
	new MutationObserver(function (records) {
		records.forEach(function (record) {
			if (record.type === 'attributes' && record.target.matches(SELECTOR)) ask(record.target);
		});
		frames().forEach(adopt);
	}).observe(document.documentElement, {
		childList: true,
		subtree: true,
		attributes: true,
		attributeFilter: ['data-theme']
	});
})();
