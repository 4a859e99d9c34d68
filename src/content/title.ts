import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { basename, dirname } from 'node:path';
import { blankFrontmatter } from './frontmatter-block.ts';
import { humanize } from './page-route.ts';

/** A line that may end a level-1 heading: `# Title` (ATX) or the `===` under a title (setext). */
const headingLine = /^ {0,3}(?:#(?:[ \t]|$)|=+[ \t]*$)/gm;
/** Candidates tried on a prefix of the page before the whole page is parsed once. */
const prefixTries = 3;

/**
 * The title of a page that has none in its frontmatter: its first level-1
 * heading as Markdown reads it (`# Title` or `Title` underlined with `===`,
 * never a line inside code), else its file name made readable (`index.md`
 * takes its folder's name).
 * ('Intro\n\nThe *real* title\n===\n', '/p/x.md') → 'The real title'
 */
export function derivedTitle(contents: string, filePath: string): string {
	return firstHeading(blankFrontmatter(contents)) ?? titleFromPath(filePath);
}

/**
 * The text of the first level-1 heading of `markdown`. Only the page up to a
 * line that can end one is parsed (a title is usually near the top of a long
 * page); after a few candidates that were not headings (in code), the whole page.
 */
function firstHeading(markdown: string): string | undefined {
	let tries = 0;
	for (const match of markdown.matchAll(headingLine)) {
		if (++tries > prefixTries) return headingIn(markdown);
		const end = markdown.indexOf('\n', match.index);
		const found = headingIn(end < 0 ? markdown : markdown.slice(0, end));
		if (found) return found;
	}
	return undefined;
}

function headingIn(markdown: string): string | undefined {
	const heading = fromMarkdown(markdown).children.find((node) => node.type === 'heading' && node.depth === 1);
	return heading ? toString(heading).trim() || undefined : undefined;
}

function titleFromPath(filePath: string): string {
	const name = basename(filePath).replace(/\.(md|mdx)$/i, '');
	return humanize(name === 'index' ? basename(dirname(filePath)) : name);
}
