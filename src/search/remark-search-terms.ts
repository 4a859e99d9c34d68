import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { pageData } from '../directives/page-data.ts';
import { parseSynonyms, synonymFinder } from './synonyms.ts';

/** Options of {@link remarkSearchTerms}. */
export interface SearchTermsOptions {
	/** Rapport's `synonyms` option: groups written `a = b = c`. */
	synonyms: readonly string[];
}

/**
 * remark plugin (site only) that works out what search needs of a page's
 * text (its synonyms, its vocabulary) when the page is rendered, into its page
 * data. Astro keeps that with the rendered page, so the raw text of every page
 * need not be kept and read again on every build.
 */
export const remarkSearchTerms: Plugin<[SearchTermsOptions], Root> = ({ synonyms }) => {
	const synonymsOf = synonymFinder(parseSynonyms(synonyms));
	return (tree, file) => {
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
		search.words = [...new Set(text.toLowerCase().match(/\p{L}{3,}/gu) ?? [])];
	};
};
