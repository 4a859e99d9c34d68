import options from 'virtual:rapport/config';
import { collectCards, type CardPage } from '../blocks/card/collect.ts';
import { playbookPages, type PlaybookPage } from '../content/pages.ts';
import { bookletSections, inReadingOrder } from './sections.ts';

/** What a booklet prints: its pages in order (each with its section's label) and the desk cards of those pages. */
export interface BookletContents {
	/** The section's label, for a section's booklet. */
	section?: string;
	pages: { page: PlaybookPage; section: string | undefined }[];
	cards: CardPage[];
}

/** The sections that get a booklet of their own: `/print/<name>/`. */
export async function sectionsOfPlaybook() {
	return bookletSections(inReadingOrder(await playbookPages()), options.sectionLabels);
}

/** The contents of the whole playbook's booklet, or of one section's (by folder name). */
export async function bookletContents(sectionName?: string): Promise<BookletContents> {
	const sections = await sectionsOfPlaybook();
	const labelOf = new Map(sections.flatMap((section) => section.pages.map((page) => [page.path, section.label] as const)));
	const section = sections.find((candidate) => candidate.name === sectionName);
	const pages = section ? section.pages : inReadingOrder(await playbookPages());
	const paths = new Set(pages.map((page) => page.path));
	return {
		...(section ? { section: section.label } : {}),
		pages: pages.map((page) => ({ page, section: labelOf.get(page.path) })),
		cards: (await collectCards()).filter((page) => paths.has(page.path)),
	};
}
