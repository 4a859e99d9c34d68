import { pagesInLocale } from '../../content/pages.ts';
import type { PlaybookLocale } from '../../i18n/locales.ts';
import { cardRecords, type CardRecord } from './record.ts';

/** A page of the playbook that has cards, with what a printed card says about it. */
export interface CardPage {
	title: string;
	/** The page's path on the site in the language listing it, e.g. `/listening/zero-in/` or `/fr/listening/zero-in/`. */
	path: string;
	reviewed: Date | undefined;
	/** Who keeps the page true ('' when nobody is named), and its file: for the card's report link. */
	owner: string;
	file: string;
	/** The language tag the page (and so its cards) is written in: a card's footer is printed in it. */
	lang: string;
	/** The page is the default language's, listed in a language that has not translated it yet. */
	fallback: boolean;
	/** The top-level folder the page is in, whatever its language (`call-scripts`), or undefined for a page at the top. */
	section: string | undefined;
	cards: readonly CardRecord[];
}

/**
 * The pages with cards in one language, by path, each with its cards in page
 * order: the language's own pages, and the default language's pages it has
 * not translated yet (`fallback`). A fallback card whose id one of the
 * language's own cards has is left out: one id names one card in a language.
 */
export async function collectCards(locale: PlaybookLocale): Promise<CardPage[]> {
	const pages = (await pagesInLocale(locale)).map((page) => {
		const [folder, ...rest] = page.translationKey.split('/');
		return {
			title: page.entry.data.title,
			path: page.path,
			reviewed: page.entry.data.reviewed,
			owner: page.entry.data.owner ?? '',
			file: page.entry.filePath ?? '',
			lang: page.locale.lang,
			fallback: page.fallback,
			section: folder && rest.length > 0 ? folder : undefined,
			cards: cardRecords.of(page.data),
		};
	});
	const own = new Set(pages.flatMap((page) => (page.fallback ? [] : page.cards.map((card) => card.id))));
	return pages
		.map((page) => (page.fallback ? { ...page, cards: page.cards.filter((card) => !own.has(card.id)) } : page))
		.filter((page) => page.cards.length > 0);
}
