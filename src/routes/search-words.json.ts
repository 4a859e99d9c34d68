import type { APIRoute } from 'astro';
import { pagesInLocale } from '../content/pages.ts';
import type { PlaybookLocale } from '../i18n/locales.ts';
import { localeStaticPaths } from '../i18n/ui.ts';
import { vocabularyOf } from '../search/spelling.ts';

/** At most this many words: a typo is corrected to a word many pages use, and the file stays small for a big playbook. */
const maxWords = 8000;

/** One file per language: `/search-words.json`, `/fr/search-words.json`. */
export const getStaticPaths = localeStaticPaths;

/**
 * `/search-words.json` (and `/fr/search-words.json` in each language): the
 * words of the playbook's pages in one language, most common first, for
 * correcting typos in search. Only that language's own pages: the pages shown
 * untranslated in their place are not in its search index either, so a French
 * typo is corrected to a French word, never an English one.
 */
export const GET: APIRoute = async ({ props }) => {
	const { locale } = props as { locale: PlaybookLocale };
	// Each page's words once (its title's among them): a word is common when many pages use it.
	// Its synonyms too: a page is found by them, so they are no typos.
	const pages = await pagesInLocale(locale, { fallbacks: false });
	const texts = pages.map(({ data }) => [...data.search.words, ...data.search.synonyms].join(' '));
	return new Response(JSON.stringify(vocabularyOf(texts).slice(0, maxWords)), { headers: { 'Content-Type': 'application/json' } });
};
