/** The route the training booklet is under: `/print/` prints the whole playbook, `/print/<section>/` one section (`/fr/print/` in French). */
export const bookletRoute = 'print';

/** The booklet's page under the site's `base` or a language's prefix: `('/')` → `/print/`; `('/docs', 'listening')` → `/docs/print/listening/`; `('/fr/')` → `/fr/print/`. */
export function bookletPath(base: string, section?: string): string {
	return `${base.replace(/\/?$/, '/')}${bookletRoute}/${section ? `${section}/` : ''}`;
}

/** The file `npm run booklet:pdf` writes for a booklet, in `dist/` (`dist/fr/` in French): `booklet.pdf`, `booklet-listening.pdf`. */
export function bookletPdfName(section?: string): string {
	return section ? `booklet-${section}.pdf` : 'booklet.pdf';
}

/** The id of a page's article in the booklet: `listening/desk-setup` → `page-listening.desk-setup`; the home page → `page-index`. */
export function articleId(entryId: string): string {
	return `page-${entryId.split('/').join('.') || 'index'}`;
}
