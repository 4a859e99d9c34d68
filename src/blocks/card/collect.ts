import { playbookPages } from '../../content/pages.ts';
import { cardRecords, type CardRecord } from './record.ts';

/** A page of the playbook that has cards, with what a printed card says about it. */
export interface CardPage {
	title: string;
	/** The page's path on the site, e.g. `/listening/zero-in/`. */
	path: string;
	reviewed: Date | undefined;
	/** Who keeps the page true ('' when nobody is named), and its file: for the card's report link. */
	owner: string;
	file: string;
	cards: readonly CardRecord[];
}

/** Every page with cards, by path, each with its cards in page order. */
export async function collectCards(): Promise<CardPage[]> {
	return (await playbookPages())
		.map((page) => ({
			title: page.entry.data.title,
			path: page.path,
			reviewed: page.entry.data.reviewed,
			owner: page.entry.data.owner ?? '',
			file: page.entry.filePath ?? '',
			cards: cardRecords.of(page.data),
		}))
		.filter((page) => page.cards.length > 0);
}
