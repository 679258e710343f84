/** Plain share links, built without any third-party script. */

export interface ShareLinks {
	email: string;
	x: string;
	linkedin: string;
	bluesky: string;
}

export function shareLinks(url: string, text: string): ShareLinks {
	const u = encodeURIComponent(url);
	const t = encodeURIComponent(text);
	return {
		email: `mailto:?subject=${t}&body=${encodeURIComponent(`${text}\n\n${url}`)}`,
		x: `https://x.com/intent/post?text=${t}&url=${u}`,
		linkedin: `https://www.linkedin.com/sharing/share-offsite/?url=${u}`,
		bluesky: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${text} ${url}`)}`
	};
}
