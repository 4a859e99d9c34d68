import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { relative } from 'node:path';
import { pageData } from '../directives/page-data.ts';
import { synonymsFor, type SynonymsOption } from '../i18n/language-options.ts';
import { pageLanguage, siteI18n, type SiteI18n } from '../i18n/site-i18n.ts';
import { parseSynonyms, synonymFinder } from './synonyms.ts';

/** Options of {@link remarkSearchTerms}. */
export interface SearchTermsOptions {
	/** Rapport's `synonyms` option: groups written `a = b = c`, one list or one per language (default: Rapport's). */
	synonyms?: SynonymsOption | undefined;
	/** The playbook's languages (default: English only). */
	i18n?: SiteI18n;
	/** Absolute path of the playbook folder: a page's folder in it gives its language. */
	playbooks?: string;
}

/**
 * remark plugin (site only) that works out what search needs of a page's
 * text (its synonyms, its vocabulary) when the page is rendered, into its page
 * data. Astro keeps that with the rendered page, so the raw text of every page
 * need not be kept and read again on every build.
 */
export const remarkSearchTerms: Plugin<[SearchTermsOptions], Root> = ({ synonyms, i18n = siteI18n(), playbooks }) => {
	// One finder per language, made when a page of that language is first seen.
	const finders = new Map<string, (text: string) => string[]>();
	const finderFor = (lang: string) => {
		let finder = finders.get(lang);
		if (!finder) finders.set(lang, (finder = synonymFinder(parseSynonyms(synonymsFor(synonyms, lang, i18n.locales.default.lang)), lang)));
		return finder;
	};
	return (tree, file) => {
		const synonymsOf = finderFor(pageLanguage(i18n, file.path ? relative(playbooks ?? file.cwd, file.path) : '').locale.lang);
		const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter ?? {};
		const texts = [frontmatter['title'], frontmatter['situation'], frontmatter['keywords']]
			.flat()
			.filter((value) => typeof value === 'string');
		visit(tree, 'text', (node) => {
			texts.push(node.value);
		});
		const text = texts.join(' ');
		const search = pageData(file).search;
		search.synonyms = synonymsOf(text);
		search.words = [
			...new Set(
				text
					.toLowerCase()
					.normalize('NFC')
					.match(/\p{L}{3,}/gu) ?? [],
			),
		];
	};
};
