import i18n from 'virtual:rapport/i18n';
import { localePrefix, type PlaybookLocale } from './locales.ts';
import { translatorFor } from './site-i18n.ts';
import type { Translate } from './translate.ts';

/** The site's languages and strings, for pages and routes. */
export const site = i18n;

/** Rapport's strings in a page's language (`Astro.locals.starlightRoute.lang`); the default language's for any other. */
export function uiStrings(lang: string | undefined): Translate {
	return translatorFor(i18n, lang);
}

/** The locale a page's language tag belongs to (the default locale for an unknown one). */
export function localeOfLang(lang: string | undefined): PlaybookLocale {
	return i18n.locales.all.find((locale) => locale.lang === lang) ?? i18n.locales.default;
}

/**
 * `getStaticPaths` of a route Rapport adds once per language (`/[...locale]/situations`):
 * `/situations/` for the root locale, `/fr/situations/` for French.
 */
export function localeStaticPaths(): { params: { locale: string | undefined }; props: { locale: PlaybookLocale } }[] {
	return i18n.locales.all.map((locale) => ({ params: { locale: locale.dir || undefined }, props: { locale } }));
}

/** The site path of one of Rapport's pages in a locale: `localePath(fr, 'cards/')` → `/fr/cards/` (the site's `base` included). */
export function localePath(locale: PlaybookLocale, path = ''): string {
	return `${localePrefix(locale, import.meta.env.BASE_URL)}${path.replace(/^\/+/, '')}`;
}

const browserJson = new Map<string, string>();

/**
 * The strings browser code shows, in one language, as the JSON every page
 * carries (see BrowserStrings.astro): each browser key with its plural forms
 * (`key_one`, `key_other`). Made once per language, not per page.
 */
export function browserStringsJson(lang: string | undefined): string {
	const t = uiStrings(lang);
	let json = browserJson.get(t.lang);
	if (json === undefined) {
		const dictionary = i18n.dictionaries[t.lang] ?? {};
		const keys = new Set(i18n.browserKeys);
		// A browser key, or another plural form of one (a team's `_few` beside Rapport's `_one` and `_other`).
		const isBrowserString = (name: string) => {
			const base = name.replace(/_(zero|one|two|few|many|other)$/, '');
			return keys.has(name) || keys.has(base) || keys.has(`${base}_other`);
		};
		const strings = Object.fromEntries(Object.entries(dictionary).filter(([name]) => isBrowserString(name)));
		// `<` escaped so no string can close the script element.
		json = JSON.stringify({ lang: t.lang, strings }).replace(/</g, '\\u003c');
		browserJson.set(t.lang, json);
	}
	return json;
}
