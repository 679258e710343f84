/*
 * Sizes our chart iframes on any page, without pym.js. Add it once, after the iframes:
 *   <script src="https://<our site>/embed.js" async></script>
 * It listens for the pym.js height messages our embed pages send, and applies one only when it
 * comes from our origin and from one of our iframes (iframe[data-micron-embed]).
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || window.__micronEmbedLoader) return;
	window.__micronEmbedLoader = true;
	var origin = new URL(script.src, location.href).origin;
	var HEIGHT = /^pymxPYMx[\w-]*xPYMxheightxPYMx(\d{1,5})$/;

	function frames() {
		return Array.prototype.slice.call(document.querySelectorAll('iframe[data-micron-embed]'));
	}

	function ask(frame) {
		// A width message makes the page answer with its height, in case its first one came early.
		// It says nothing private, and the frame may still hold about:blank, so any origin may read it.
		if (frame.contentWindow) {
			frame.contentWindow.postMessage('pymxPYMxxPYMxwidthxPYMx' + frame.offsetWidth, '*');
		}
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin || typeof event.data !== 'string') return;
		var match = HEIGHT.exec(event.data);
		if (!match) return;
		var frame = frames().filter(function (f) {
			return f.contentWindow === event.source;
		})[0];
		if (!frame) return;
		frame.style.height = match[1] + 'px';
		frame.setAttribute('height', match[1]);
	});

	frames().forEach(function (frame) {
		frame.setAttribute('scrolling', 'no');
		frame.addEventListener('load', function () {
			ask(frame);
		});
		ask(frame);
	});
})();
