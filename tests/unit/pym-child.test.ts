import { describe, expect, it } from 'vitest';
import { parseWidthMessage, pymMessage, pymSettings } from '../../src/lib/client/pym-child';
import { embedCode } from '../../src/lib/embed/snippet';

describe('pymSettings', () => {
	it('reads the id pym.js gives the frame and targets the parent page origin', () => {
		expect(
			pymSettings(
				'?initialWidth=600&childId=chart-1&parentTitle=x&parentUrl=https%3A%2F%2Fnews.example%2Fa%2Fb%3Fq%3D1'
			)
		).toEqual({ id: 'chart-1', targetOrigin: 'https://news.example' });
	});

	it('falls back to an empty id and any origin when the URL says nothing usable', () => {
		expect(pymSettings('')).toEqual({ id: '', targetOrigin: '*' });
		expect(pymSettings('?parentUrl=javascript%3Aalert(1)&childId=%3Cb%3E')).toEqual({
			id: '',
			targetOrigin: '*'
		});
	});
});

describe('messages', () => {
	it('are written in the pym.js v1 format', () => {
		expect(pymMessage('chart-1', 'height', '1234')).toBe('pymxPYMxchart-1xPYMxheightxPYMx1234');
		expect(pymMessage('', 'height', '5')).toBe('pymxPYMxxPYMxheightxPYMx5');
	});

	it('accept only width messages for this frame', () => {
		expect(parseWidthMessage('pymxPYMxchart-1xPYMxwidthxPYMx640', 'chart-1')).toBe(640);
		expect(parseWidthMessage('pymxPYMxotherxPYMxwidthxPYMx640', 'chart-1')).toBeNull();
		expect(parseWidthMessage('pymxPYMxchart-1xPYMxheightxPYMx640', 'chart-1')).toBeNull();
		expect(parseWidthMessage('pymxPYMxchart-1xPYMxwidthxPYMx640; evil', 'chart-1')).toBeNull();
		expect(parseWidthMessage({ width: 640 }, 'chart-1')).toBeNull();
	});
});

describe('embedCode', () => {
	it('builds the iframe and loader from SITE_URL, with a title, a fallback height and a picture', () => {
		const code = embedCode({
			name: 'revenue',
			title: 'Revenue "at risk" <chart>',
			states: [
				{ id: 'whole', label: 'All', alt: 'One bar' },
				{ id: 'loss-estimate', label: 'Loss', alt: 'Three bars' }
			],
			keyState: 'loss-estimate',
			embedHeight: 1100
		});
		expect(code.url).toBe('http://localhost:4173/embed/revenue/');
		const picture =
			'<a href="http://localhost:4173/share/revenue/"><img src="http://localhost:4173/images/revenue/loss-estimate.png" alt="Three bars" width="1200" style="max-width:100%;height:auto"></a>';
		expect(code.image).toBe(picture);
		expect(code.html).toBe(
			`<iframe src="http://localhost:4173/embed/revenue/" title="Revenue &quot;at risk&quot; &lt;chart>" data-micron-embed width="100%" height="1100" style="border:0;width:100%;max-width:100%" loading="lazy"></iframe>\n<script src="http://localhost:4173/embed.js" async></script>\n<noscript>${picture}</noscript>`
		);
	});
});
