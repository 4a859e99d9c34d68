import { humanize } from '../content/page-route.ts';

/** A top-level folder of the playbook, printed as a booklet of its own. */
export interface BookletSection<Page> {
	/** The folder's route segment, e.g. `call-scripts`. */
	name: string;
	/** What the sidebar calls it: the `sectionLabels` option, else the folder name made readable. */
	label: string;
	pages: Page[];
}

/**
 * The sections of a playbook, from its pages (each with its docs entry id):
 * one per top-level folder, in the pages' order; pages outside any folder
 * (the home page) are in no section.
 * `listening/zero-in`, `listening/desk-setup`, `index` → [{ name: 'listening', pages: [two] }]
 */
export function bookletSections<Page extends { entry: { id: string } }>(
	pages: readonly Page[],
	labels: Readonly<Record<string, string>>,
): BookletSection<Page>[] {
	const sections = new Map<string, BookletSection<Page>>();
	for (const page of pages) {
		const [folder, ...rest] = page.entry.id.split('/');
		if (!folder || rest.length === 0) continue;
		let section = sections.get(folder);
		if (!section) {
			section = { name: folder, label: labels[folder] ?? humanize(folder), pages: [] };
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
export function inReadingOrder<Page extends { path: string; entry: { id: string; data: { sidebar?: { order?: number | undefined } } } }>(
	pages: readonly Page[],
): Page[] {
	const folderOf = (page: Page) => (page.entry.id.includes('/') ? page.entry.id.slice(0, page.entry.id.lastIndexOf('/')) : '');
	const orderOf = (page: Page) => page.entry.data.sidebar?.order ?? Number.POSITIVE_INFINITY;
	return [...pages].sort((a, b) => folderOf(a).localeCompare(folderOf(b)) || orderOf(a) - orderOf(b) || a.path.localeCompare(b.path));
}
