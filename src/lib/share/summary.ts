/** One or two sentences that sum a section up, for share descriptions (160 characters at most). */
import type { StorySection } from '../build/copy/story.ts';

const LIMIT = 160;

export function sectionSummary(section: StorySection): string {
	const text = section.paragraphs[0] ?? section.steps[0]?.text ?? section.title;
	if (text.length <= LIMIT) return text;
	const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
	let summary = '';
	for (const sentence of sentences) {
		if ((summary + sentence).trim().length > LIMIT) break;
		summary += sentence;
	}
	if (summary.trim()) return summary.trim();
	return `${text.slice(0, LIMIT - 1).replace(/\s+\S*$/, '')}…`;
}
