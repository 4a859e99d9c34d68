import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { checkProcessor } from '../../src/authoring/check-processor.ts';
import { pageData, type PageData } from '../../src/directives/page-data.ts';
import { defaultAvoidWords } from '../../src/words/avoid.ts';

/** One problem as a test compares it. */
export interface Found {
	line: number | undefined;
	column: number | undefined;
	severity: 'error' | 'warning';
	message: string;
}

/**
 * Renders `markdown` through the same authoring plugins as the site and the
 * check, with `frontmatter` as the page's (as the check reads it); returns HTML and problems.
 */
export async function render(
	markdown: string,
	avoidWords: Record<string, string> = defaultAvoidWords,
	frontmatter: Record<string, unknown> = {},
): Promise<{ html: string; problems: Found[]; data: PageData }> {
	const file = new VFile({ value: markdown, path: '/playbook/page.md', data: { astro: { frontmatter } } });
	const result = await checkProcessor({ playbooks: '/playbook', avoidWords }).use(remarkRehype).use(rehypeStringify).process(file);
	const problems = result.messages.map((message) => ({
		line: message.line,
		column: message.column,
		severity: message.fatal ? ('error' as const) : ('warning' as const),
		message: message.reason,
	}));
	return { html: String(result), problems, data: pageData(result) };
}

/** Parses `html` into a DOM-less query helper: the outer HTML of elements matching an attribute. */
export function count(html: string, needle: string): number {
	return html.split(needle).length - 1;
}
