import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageData } from '../directives/page-data.ts';
import { pageDataOf } from './page-data-of.ts';

/** A page of the playbook with what its blocks recorded (see `blockRecords`). */
export interface PlaybookPage {
	entry: CollectionEntry<'docs'>;
	/** Its path on the site, e.g. `/listening/zero-in/`. */
	path: string;
	data: PageData;
}

let loaded: Promise<PlaybookPage[]> | undefined;

/**
 * Every page of the playbook, sorted by path, each with its page data. Read
 * once per build: every route Rapport adds shares it.
 */
export function playbookPages(): Promise<PlaybookPage[]> {
	loaded ??= load();
	return loaded;
}

async function load(): Promise<PlaybookPage[]> {
	const entries = await getCollection('docs');
	const pages = await Promise.all(entries.map(async (entry) => ({ entry, path: pagePath(entry.id), data: await pageDataOf(entry) })));
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The site path of a docs entry id: `index` → `/`, `listening/zero-in` → `/listening/zero-in/`. */
export function pagePath(id: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return id === 'index' || id === '' ? `${base}/` : `${base}/${id}/`;
}
