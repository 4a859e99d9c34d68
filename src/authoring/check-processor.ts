import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { authoringPlugins, type AuthoringOptions } from './plugins.ts';

/** Options of {@link checkProcessor}. */
export interface CheckProcessorOptions extends AuthoringOptions {
	/** Parse the page as MDX (an `.mdx` file). */
	mdx?: boolean;
}

/**
 * The processor `npm run check`, the build gate and the tests read a whole
 * page file with: Markdown as Astro parses it (GFM, directives, MDX for
 * `.mdx`), the frontmatter kept in the tree so lines are the file's, then the
 * same {@link authoringPlugins} the site renders with.
 */
export function checkProcessor({ mdx = false, ...options }: CheckProcessorOptions) {
	const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
	if (mdx) processor.use(remarkMdx);
	return processor.use(remarkDirective).use(authoringPlugins(options));
}
