/** The route the desk cards are under: `/cards/` lists them all, `/cards/<id>/` prints one (`/fr/cards/`, `/fr/cards/<id>/` in French). */
export const cardsRoute = 'cards';

/** The folder of the built site `npm run cards:pdf` writes to: `dist/card-pdfs/`, and `dist/fr/card-pdfs/` in French. */
export const cardPdfsRoute = 'card-pdfs';

/** The page of every card under the site's `base` or a language's prefix: `/` → `/cards/`; `/docs` or `/docs/` → `/docs/cards/`; `/fr/` → `/fr/cards/`. */
export function cardsPath(base: string): string {
	return `${base.replace(/\/?$/, '/')}${cardsRoute}/`;
}

/** The print page of card `id` under the site's `base` or a language's prefix: `('/', 'notes')` → `/cards/notes/`; `('/fr/', 'notes')` → `/fr/cards/notes/`. */
export function cardPrintPath(base: string, id: string): string {
	return `${cardsPath(base)}${id}/`;
}
