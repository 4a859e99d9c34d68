import { sectionLabel } from '../navigation/section-labels.ts';

/** A top-level folder of the playbook, printed as a booklet of its own. */
export interface BookletSection<Page> {
	/** The folder's route segment, e.g. `call-scripts`. */
	name: string;
	/** What the sidebar calls it (see `sectionLabel`). */
	label: string;
	pages: Page[];
}

/** A page as the booklet orders it: its docs entry id, and its path without the locale folder when it has one. */
interface OrderedPage {
	entry: { id: string };
	/** `fr/listening/zero-in` → `listening/zero-in` (see `translationKey`): a locale folder is not a section. */
	translationKey?: string;
}

/** Where a page is in the playbook, in every language: `listening/zero-in`. */
function keyOf(page: OrderedPage): string {
	return page.translationKey ?? page.entry.id;
}

/**
 * The sections of a playbook in one language, from its pages: one per
 * top-level folder (under the locale's folder, `localeDir`), in the pages' order; pages
 * outside any folder (the home page) are in no section.
 * `listening/zero-in`, `listening/desk-setup`, `index` → [{ name: 'listening', pages: [two] }]
 */
export function bookletSections<Page extends OrderedPage>(
	pages: readonly Page[],
	labels: Readonly<Record<string, string>>,
	localeDir = '',
): BookletSection<Page>[] {
	const sections = new Map<string, BookletSection<Page>>();
	for (const page of pages) {
		const [folder, ...rest] = keyOf(page).split('/');
		if (!folder || rest.length === 0) continue;
		let section = sections.get(folder);
		if (!section) {
			section = { name: folder, label: sectionLabel(labels, folder, localeDir), pages: [] };
			sections.set(folder, section);
		}
		section.pages.push(page);
	}
	return [...sections.values()];
}

/**
 * Pages in the order a reader meets them in the sidebar: the home page first,
 * then folder by folder, and in each folder by the pages' `sidebar.order`
 * (pages without one after those with one), then by path.
 */
export function inReadingOrder<Page extends OrderedPage & { path: string; entry: { data: { sidebar?: { order?: number | undefined } } } }>(
	pages: readonly Page[],
): Page[] {
	const folderOf = (page: Page) => (keyOf(page).includes('/') ? keyOf(page).slice(0, keyOf(page).lastIndexOf('/')) : '');
	const orderOf = (page: Page) => page.entry.data.sidebar?.order ?? Number.POSITIVE_INFINITY;
	return [...pages].sort((a, b) => folderOf(a).localeCompare(folderOf(b)) || orderOf(a) - orderOf(b) || a.path.localeCompare(b.path));
}
