import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { report } from './problems.ts';

/** Options of {@link remarkRawHtml}. */
export interface RemarkRawHtmlOptions {
	/** Let raw HTML and MDX pass through as written (trusted authors; the default). */
	allowed?: boolean;
}

/**
 * remark plugin for playbooks that take pages from people the team does not
 * trust (`rawHtml: false`): raw HTML (`<script>`, `<img onerror>`) is shown as
 * the text it is instead of being put in the page, and an `.mdx` page, whose
 * JSX and expressions run as code when the site is built, is an error.
 */
export const remarkRawHtml: Plugin<[RemarkRawHtmlOptions?], Root> =
	({ allowed = true } = {}) =>
	(tree, file) => {
		if (allowed) return;
		visit(tree, 'html', (node, index, parent) => {
			if (!parent || index === undefined) return;
			parent.children[index] = { type: 'text', value: node.value, ...(node.position ? { position: node.position } : {}) } as never;
		});
		if (file.path?.endsWith('.mdx')) {
			report(
				file,
				{ type: 'root', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } },
				{
					rule: 'mdx/not-allowed',
					reason:
						'Unexpected .mdx page: its JSX and expressions run as code when the site is built, and this playbook sets `rawHtml: false`.',
					fix: 'Rename the page to .md (blocks and Markdown work the same there).',
				},
			);
		}
	};
