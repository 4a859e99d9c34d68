import { blockRecords } from '../../directives/page-data.ts';

/** A card as collected from its page, for `/cards/` and the card print pages. */
export interface CardRecord {
	id: string;
	/** The label as plain text. */
	label: string;
	/** The label as HTML (emphasis kept). */
	labelHtml: string;
	size: string;
	/** The front face's content as HTML (without the title). */
	front: string;
	/** The back face's content as HTML, when the card has a `---`. */
	back?: string;
}

/** The cards a page records, read by the card pages. */
export const cardRecords = blockRecords<CardRecord>('card');
