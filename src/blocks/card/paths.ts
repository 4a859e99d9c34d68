/** The route the desk cards are under: `/cards/` lists them all, `/cards/<id>/` prints one. */
export const cardsRoute = 'cards';

/** The folder of the built site `npm run cards:pdf` writes to: `dist/card-pdfs/`. */
export const cardPdfsRoute = 'card-pdfs';

/** The page of every card under the site's `base`: `/` → `/cards/`; `/docs` or `/docs/` → `/docs/cards/`. */
export function cardsPath(base: string): string {
	return `${base.replace(/\/?$/, '/')}${cardsRoute}/`;
}

/** The print page of card `id` under the site's `base`: `('/', 'notes')` → `/cards/notes/`. */
export function cardPrintPath(base: string, id: string): string {
	return `${cardsPath(base)}${id}/`;
}
