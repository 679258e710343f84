/* Share pages: send a person on to the story section; crawlers read the page's tags instead. */
(function () {
	var link = document.querySelector('a[data-redirect]');
	if (link) location.replace(link.href);
})();
