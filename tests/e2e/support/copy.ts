/**
 * The story's words as the build resolves them, so browser tests find sections by their titles
 * without repeating the copy: an editor's change to a title does not break a test.
 */
import { loadSite } from '../../../src/lib/build/site';

const site = loadSite();
export const { story } = site;
/** The words around the story (data/interface.aml), as the pages show them. */
export const { frame } = site;
const { dataset } = site;

/** The story's sections, in order, by their public ids. */
export const SECTION_IDS = story.sections.map((s) => s.id);

/** A section's title, as the page shows it. */
export function titleOf(id: string): string {
	const section = story.sections.find((s) => s.id === id);
	if (!section) throw new Error(`no section ${id}`);
	return section.title;
}

/** An event's title, as its mark's details show it. */
export function eventTitle(id: string): string {
	const event = dataset.events.find((e) => e.id === id);
	if (!event) throw new Error(`no event ${id}`);
	return event.title;
}
