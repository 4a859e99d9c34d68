import options from 'virtual:rapport/config';
import { collectCards, type CardPage } from '../blocks/card/collect.ts';
import { pagesInLocale, type LocalePage } from '../content/pages.ts';
import type { PlaybookLocale } from '../i18n/locales.ts';
import { bookletSections, inReadingOrder } from './sections.ts';

/** What a booklet prints: its pages in order (each with its section's label) and the desk cards of those pages. */
export interface BookletContents {
	/** The section's label, for a section's booklet. */
	section?: string;
	pages: { page: LocalePage; section: string | undefined }[];
	cards: CardPage[];
}

/**
 * The sections of the playbook in one language that get a booklet of their
 * own (`/print/<name>/`, `/fr/print/<name>/`): its pages, and the default
 * language's it has not translated yet.
 */
export async function sectionsOfPlaybook(locale: PlaybookLocale) {
	return bookletSections(inReadingOrder(await pagesInLocale(locale)), options.sectionLabels, locale.dir);
}

/** The contents of the whole playbook's booklet in one language, or of one section's (by folder name). */
export async function bookletContents(locale: PlaybookLocale, sectionName?: string): Promise<BookletContents> {
	const sections = await sectionsOfPlaybook(locale);
	const labelOf = new Map(sections.flatMap((section) => section.pages.map((page) => [page.path, section.label] as const)));
	const section = sections.find((candidate) => candidate.name === sectionName);
	const pages = section ? section.pages : inReadingOrder(await pagesInLocale(locale));
	const paths = new Set(pages.map((page) => page.path));
	return {
		...(section ? { section: section.label } : {}),
		pages: pages.map((page) => ({ page, section: labelOf.get(page.path) })),
		cards: (await collectCards(locale)).filter((page) => paths.has(page.path)),
	};
}
