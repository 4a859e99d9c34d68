import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';

/**
 * remark plugin that drops a page's leading `# Heading` when it is the page
 * title (a page without a frontmatter `title` takes its title from it, and
 * Starlight already shows the title), so the title is not shown twice.
 */
export const remarkTitleHeading: Plugin<[], Root> = () => (tree, file) => {
	const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
	if (first?.type !== 'heading' || first.depth !== 1) return;
	const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
	const title = frontmatter?.['title'];
	if (typeof title === 'string' && title.trim() !== toString(first).trim()) return;
	tree.children.splice(tree.children.indexOf(first), 1);
};
