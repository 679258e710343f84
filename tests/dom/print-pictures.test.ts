// @vitest-environment jsdom
/**
 * Before printing, the step pictures paper shows load at once (they are lazy on screen), and
 * only those: the wide layout is for wide screens, and loading it would be cut off mid-print.
 */
import { describe, expect, it } from 'vitest';
import { startReadingMode } from '../../src/lib/client/reading-mode';

describe('before printing', () => {
	it('loads the narrow step pictures at once, and leaves the wide ones lazy', () => {
		document.body.innerHTML = `
			<button data-reading-mode aria-pressed="false">Read</button>
			<li data-step><div class="step-picture-frame">
				<img class="step-picture-wide" loading="lazy" src="/images/timeline/ban.png" alt="">
				<img class="step-picture" loading="lazy" src="/images/timeline/ban-narrow.png" alt="">
			</div></li>`;
		const stop = startReadingMode(window);
		window.dispatchEvent(new Event('beforeprint'));
		const [wide, narrow] = [...document.querySelectorAll('img')];
		expect(narrow?.loading).toBe('eager');
		expect(wide?.loading).not.toBe('eager');
		stop();
	});
});
