import { describe, expect, it } from 'vitest';
import { shareLinks } from '../../src/lib/share/links';
import { sectionSummary } from '../../src/lib/share/summary';
import type { StorySection } from '../../src/lib/build/copy/story';

describe('shareLinks', () => {
	it('builds plain links with the URL and text encoded', () => {
		const links = shareLinks(
			'https://example.org/share/revenue/',
			'What the ban may cost · Micron & China'
		);
		expect(links).toEqual({
			email:
				'mailto:?subject=What%20the%20ban%20may%20cost%20%C2%B7%20Micron%20%26%20China&body=What%20the%20ban%20may%20cost%20%C2%B7%20Micron%20%26%20China%0A%0Ahttps%3A%2F%2Fexample.org%2Fshare%2Frevenue%2F',
			x: 'https://x.com/intent/post?text=What%20the%20ban%20may%20cost%20%C2%B7%20Micron%20%26%20China&url=https%3A%2F%2Fexample.org%2Fshare%2Frevenue%2F',
			linkedin:
				'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fexample.org%2Fshare%2Frevenue%2F',
			bluesky:
				'https://bsky.app/intent/compose?text=What%20the%20ban%20may%20cost%20%C2%B7%20Micron%20%26%20China%20https%3A%2F%2Fexample.org%2Fshare%2Frevenue%2F'
		});
	});
});

describe('sectionSummary', () => {
	const section = (paragraphs: string[]): StorySection => ({
		id: 'intro',
		title: 'The short version',
		paragraphs,
		chart: null,
		steps: []
	});

	it('keeps a short first paragraph whole', () => {
		expect(sectionSummary(section(['Short.', 'Second.']))).toBe('Short.');
	});

	it('cuts a long one at a sentence end within 160 characters', () => {
		const first = 'A'.repeat(100) + '. ';
		const second = 'B'.repeat(100) + '.';
		expect(sectionSummary(section([first + second]))).toBe('A'.repeat(100) + '.');
	});

	it('cuts a single long sentence at a word, with an ellipsis', () => {
		const summary = sectionSummary(section([`${'word '.repeat(60)}end.`]));
		expect(summary.length).toBeLessThanOrEqual(160);
		expect(summary.endsWith('word…')).toBe(true);
	});
});
