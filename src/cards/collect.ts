import { getCollection, render, type CollectionEntry } from 'astro:content';
import { pageDataKey, type CardRecord, type PageData } from '../directives/page-data.ts';

/** A page of the playbook that has cards, with what a printed card says about it. */
export interface CardPage {
	title: string;
	/** The page's path on the site, e.g. `/listening/zero-in/`. */
	path: string;
	reviewed: Date | undefined;
	cards: CardRecord[];
}

let collected: Promise<CardPage[]> | undefined;

/**
 * Every page with cards, in sidebar-like order (by path), each with its cards
 * in page order. Read once per build: `/cards/` and every `/cards/<id>/` share it.
 */
export function collectCards(): Promise<CardPage[]> {
	collected ??= load();
	return collected;
}

async function load(): Promise<CardPage[]> {
	const entries = await getCollection('docs');
	const pages = await Promise.all(entries.map(cardPage));
	return pages.filter((page): page is CardPage => page !== undefined).sort((a, b) => a.path.localeCompare(b.path));
}

async function cardPage(entry: CollectionEntry<'docs'>): Promise<CardPage | undefined> {
	const { remarkPluginFrontmatter } = await render(entry);
	const data = remarkPluginFrontmatter[pageDataKey] as PageData | undefined;
	if (!data?.cards.length) return undefined;
	return { title: entry.data.title, path: pagePath(entry.id), reviewed: entry.data.reviewed, cards: data.cards };
}

/** The site path of a docs entry id: `index` → `/`, `listening/zero-in` → `/listening/zero-in/`. */
export function pagePath(id: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return id === 'index' || id === '' ? `${base}/` : `${base}/${id}/`;
}
