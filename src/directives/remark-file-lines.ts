import type { Root } from 'mdast';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { markdownBody } from '../content/frontmatter-block.ts';
import { bodyLineOffset } from './remark-show-problems.ts';

/** Set on a file whose positions are lines of the file as its author sees it (frontmatter included). */
export const fileLinesKey = 'rapportFileLines';

/**
 * remark plugin (first of the authoring plugins): Astro hands remark a
 * Markdown page without its frontmatter, so every line is short by the
 * frontmatter's. This moves every node down by that many lines and makes the
 * file's text the page with its frontmatter blanked, so what plugins report,
 * and the line numbers they write in messages ("closed on line 12"), are
 * lines the author sees, in `astro dev` as in `npm run check`. MDX pages
 * (compiled from their text later) are left as they are.
 */
export const remarkFileLines: Plugin<[], Root> = () => (tree, file) => {
	if (!file.path?.endsWith('.md') || (file.data as Record<string, unknown>)[fileLinesKey]) return;
	let contents: string;
	try {
		contents = readFileSync(file.path, 'utf8');
	} catch {
		return;
	}
	const offset = bodyLineOffset(contents, String(file.value));
	(file.data as Record<string, unknown>)[fileLinesKey] = true;
	if (offset <= 0) return;
	visit(tree, (node) => {
		const position = node.position;
		if (!position) return;
		node.position = {
			start: { ...position.start, line: position.start.line + offset },
			end: { ...position.end, line: position.end.line + offset },
		};
	});
	file.value = markdownBody(contents);
};
