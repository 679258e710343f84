/* Embed pages: applies ?theme=light or ?theme=dark before the first paint. */
(function () {
	var theme = new URLSearchParams(location.search).get('theme');
	if (theme === 'light' || theme === 'dark')
		document.documentElement.setAttribute('data-theme', theme);
})();
