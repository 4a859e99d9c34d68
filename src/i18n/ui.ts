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
