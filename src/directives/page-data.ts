import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';

/** What search needs of a page's text, worked out once when the page is rendered. */
export interface SearchTerms {
	/** Words the page should also be found by: synonyms of the words it uses. */
	synonyms: string[];
	/** Its distinct words of three letters or more, lowercase: the vocabulary typo correction draws on. */
	words: string[];
	/** The first line to say or ask in each section, by the id a result opens the section at ('' before the first). */
	lines: Record<string, string>;
}

/** What blocks and the page's text tell the rest of the site about a page: the routes read it. */
export interface PageData {
	/** What each block recorded of its instances on the page, by block name, in page order (see {@link blockRecords}). */
	blocks: Record<string, unknown[]>;
	search: SearchTerms;
}

/** Page data with nothing in it. */
export function emptyPageData(): PageData {
	return { blocks: {}, search: { synonyms: [], words: [], lines: {} } };
}

/** The page data of `file`, created empty on first use. */
export function pageData(file: VFile): PageData {
	const data = file.data as { rapport?: PageData };
	data.rapport ??= emptyPageData();
	return data.rapport;
}

/** One block's records in page data, typed: what each of its instances on a page tells the pages the site adds. */
export interface BlockRecords<T> {
	/** Records one instance on the page being rendered. */
	add: (file: VFile, record: T) => void;
	/** The records on a page, in page order; none when the page has no such block. */
	of: (data: PageData) => readonly T[];
}

/**
 * The records of the block named `name`, typed `T`. The block declares them
 * once in its folder; its transform adds to them and whatever reads them
 * (its routes, search) goes through the same declaration.
 * @example const cardRecords = blockRecords<CardRecord>('card'); cardRecords.of(page.data)
 */
export function blockRecords<T>(name: string): BlockRecords<T> {
	return {
		add: (file, record) => void (pageData(file).blocks[name] ??= []).push(record),
		of: (data) => (data.blocks[name] ?? []) as T[],
	};
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
