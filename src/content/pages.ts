import { getCollection, type CollectionEntry } from 'astro:content';
import type { PageData } from '../directives/page-data.ts';
import { localeOfPath, translationKey, type PlaybookLocale } from '../i18n/locales.ts';
import { localePath, site } from '../i18n/ui.ts';
import { pageDataOf } from './page-data-of.ts';

/** A page of the playbook with what its blocks recorded (see `blockRecords`). */
export interface PlaybookPage {
	entry: CollectionEntry<'docs'>;
	/** Its path on the site, e.g. `/listening/zero-in/` or `/fr/listening/zero-in/`. */
	path: string;
	data: PageData;
	/** The language it is written in. */
	locale: PlaybookLocale;
	/** What it is in every language: its id without the locale folder (`listening/zero-in`); a page and its translations share it. */
	translationKey: string;
}

/** A page as a locale shows it: its own, or the default language's shown in its place until it is translated. */
export interface LocalePage extends PlaybookPage {
	/** A default-language page standing in for a missing translation; `path` is its address in the locale (`/fr/x/`), as Starlight serves it. */
	fallback: boolean;
}

let loaded: Promise<PlaybookPage[]> | undefined;

/**
 * Every page of the playbook in every language, sorted by path, each with its
 * page data. Read once per build: every route Rapport adds shares it.
 */
export function playbookPages(): Promise<PlaybookPage[]> {
	loaded ??= load();
	return loaded;
}

/**
 * The pages of one language: its own pages, and (unless `fallbacks` is false)
 * each default-language page it has not translated yet, at the locale's
 * address Starlight serves it at, marked `fallback`. Sorted by path.
 */
export function pagesInLocale(locale: PlaybookLocale, { fallbacks = true } = {}): Promise<LocalePage[]> {
	// Every page's sidebar asks for its language's pages: worked out once per language.
	const key = `${locale.dir}\u0000${fallbacks}`;
	let pages = byLocale.get(key);
	if (!pages) byLocale.set(key, (pages = localePages(locale, fallbacks)));
	return pages;
}

const byLocale = new Map<string, Promise<LocalePage[]>>();

async function localePages(locale: PlaybookLocale, fallbacks: boolean): Promise<LocalePage[]> {
	const pages = await playbookPages();
	const own = pages.filter((page) => page.locale === locale).map((page) => ({ ...page, fallback: false }));
	if (!fallbacks || locale === site.locales.default) return own;
	const translated = new Set(own.map((page) => page.translationKey));
	const standIns = pages
		.filter((page) => page.locale === site.locales.default && !translated.has(page.translationKey))
		.map((page) => ({ ...page, path: localePath(locale, page.translationKey ? `${page.translationKey}/` : ''), fallback: true }));
	return [...own, ...standIns].sort((a, b) => a.path.localeCompare(b.path));
}

async function load(): Promise<PlaybookPage[]> {
	const entries = await getCollection('docs');
	const pages = await Promise.all(
		entries.map(async (entry) => ({
			entry,
			path: pagePath(entry.id),
			data: await pageDataOf(entry),
			locale: localeOfPath(entry.id, site.locales),
			// The home page's id is `index` at the root and `fr` in a folder: both are the key ``.
			translationKey: translationKey(entry.id === 'index' ? '' : entry.id, site.locales),
		})),
	);
	return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The site path of a docs entry id: `index` → `/`, `listening/zero-in` → `/listening/zero-in/`. */
export function pagePath(id: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return id === 'index' || id === '' ? `${base}/` : `${base}/${id}/`;
}
