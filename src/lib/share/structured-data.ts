/** Structured data for search engines and aggregators: the story as a schema.org NewsArticle. */
import { cardUrl } from './cards.ts';
import { absoluteUrl } from '../site.ts';

export interface ArticleFacts {
	headline: string;
	description: string;
	publisher: string;
	published: string;
	modified: string;
}

/** The story's JSON-LD, with absolute URLs. */
export function newsArticle(facts: ArticleFacts) {
	return {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: facts.headline,
		description: facts.description,
		datePublished: facts.published,
		dateModified: facts.modified,
		image: [cardUrl('story')],
		mainEntityOfPage: absoluteUrl('/'),
		url: absoluteUrl('/'),
		publisher: { '@type': 'Organization', name: facts.publisher },
		author: { '@type': 'Organization', name: facts.publisher }
	};
}

/** JSON safe inside a <script> element: no `</script>` or `<!--` can close or open anything. */
export function scriptJson(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
