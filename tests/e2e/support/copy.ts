/**
 * The story's words as the build resolves them, so browser tests find sections by their titles
 * without repeating the copy: an editor's change to a title does not break a test.
 */
import { loadDataset } from '../../../src/lib/server/dataset';
import { loadStory } from '../../../src/lib/server/story';
import { SECTION_IDS, type SectionId } from '../../../src/lib/story/sections';

export const story = loadStory(loadDataset());

export { SECTION_IDS };

/** A section's title, as the page shows it. */
export function titleOf(id: SectionId): string {
	const section = story.sections.find((s) => s.id === id);
	if (!section) throw new Error(`no section ${id}`);
	return section.title;
}
