import { render, type CollectionEntry } from 'astro:content';
import { emptyPageData, pageDataKey, type PageData } from '../directives/page-data.ts';

/**
 * What a page's blocks recorded (see `blockRecords`) and its search terms. A
 * Markdown page carries it in its stored render, read without rendering again;
 * an MDX page is rendered for it.
 */
export async function pageDataOf(entry: CollectionEntry<'docs'>): Promise<PageData> {
	const frontmatter = entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
	const stored = frontmatter?.[pageDataKey] as PageData | undefined;
	if (stored) return stored;
	if (entry.rendered) return emptyPageData();
	const { remarkPluginFrontmatter } = await render(entry);
	return (remarkPluginFrontmatter[pageDataKey] as PageData | undefined) ?? emptyPageData();
}
