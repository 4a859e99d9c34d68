import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

/** A card as collected from its page, for `/cards/` and the card print pages. */
export interface CardRecord {
	id: string;
	/** The label as plain text. */
	label: string;
	/** The label as HTML (emphasis kept). */
	labelHtml: string;
	size: string;
	/** The front face's content as HTML (without the title). */
	front: string;
	/** The back face's content as HTML, when the card has a `---`. */
	back?: string;
}

/** A call script as collected from its page, for the situations index and search. */
export interface ScriptRecord {
	id: string;
	label: string;
	/** The words of its first say or ask line ('' when it has none). */
	firstLine: string;
}

/** What search needs of a page's text, worked out once when the page is rendered. */
export interface SearchTerms {
	/** Words the page should also be found by: synonyms of the words it uses. */
	synonyms: string[];
	/** Its distinct words of four letters or more, lowercase: the vocabulary typo correction draws on. */
	words: string[];
}

/** What blocks and the page's text tell the rest of the site about a page: the routes read it. */
export interface PageData {
	cards: CardRecord[];
	scripts: ScriptRecord[];
	search: SearchTerms;
}

/** Page data with nothing in it. */
export function emptyPageData(): PageData {
	return { cards: [], scripts: [], search: { synonyms: [], words: [] } };
}

/** The page data of `file`, created empty on first use. */
export function pageData(file: VFile): PageData {
	const data = file.data as { rapport?: PageData };
	data.rapport ??= emptyPageData();
	return data.rapport;
}

/** The key under which page data reaches Astro: `render(entry).remarkPluginFrontmatter.rapport`. */
export const pageDataKey = 'rapport';

/**
 * remark plugin (site only) that hands page data to Astro: Astro keeps
 * `file.data.astro.frontmatter` with the rendered page, where routes find it.
 */
export const remarkExposePageData: Plugin<[], Root> = () => (_tree, file) => {
	const astro = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro;
	if (astro?.frontmatter) astro.frontmatter[pageDataKey] = pageData(file);
};
