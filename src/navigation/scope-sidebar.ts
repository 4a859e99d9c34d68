import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** An entry of Starlight's sidebar. */
export type SidebarEntry = StarlightRouteData['sidebar'][number];
type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** The number of links in a sidebar, groups included. */
export function countLinks(entries: readonly SidebarEntry[]): number {
	return entries.reduce((total, entry) => total + (entry.type === 'link' ? 1 : countLinks(entry.entries)), 0);
}

/**
 * A sidebar for a big playbook: the groups that lead to the current page stay
 * open with their pages; every other group becomes one link to its first page,
 * so a page carries the sections of the playbook, not every page of it. With
 * no current page (a generated page), every group folds the same way.
 */
export function scopeSidebar(entries: readonly SidebarEntry[]): SidebarEntry[] {
	return entries.map((entry) => {
		if (entry.type !== 'group') return entry;
		if (containsCurrent(entry)) return { ...entry, collapsed: false, entries: scopeSidebar(entry.entries) };
		const first = firstLink(entry);
		return first
			? { type: 'link', label: entry.label, href: first.href, isCurrent: false, badge: undefined, attrs: { 'data-section': '' } }
			: entry;
	});
}

function containsCurrent(entry: SidebarEntry): boolean {
	return entry.type === 'link' ? entry.isCurrent : entry.entries.some(containsCurrent);
}

function firstLink(entry: SidebarEntry): SidebarLink | undefined {
	if (entry.type === 'link') return entry;
	for (const child of entry.entries) {
		const found = firstLink(child);
		if (found) return found;
	}
	return undefined;
}
