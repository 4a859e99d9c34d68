/**
 * The frontmatter block of a page, found as Astro finds it (its
 * `extractFrontmatter`): at the top of the file after a byte-order mark or
 * blank lines, from `---` to the next line that starts with `---`. A `---`
 * inside a value (`title: A --- B`) does not close it.
 */
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;

/** A page's frontmatter: its YAML, where it sits in the file. */
export interface FrontmatterBlock {
	/** The YAML text: from just after the opening `---` (the rest of that line first) to the closing `---`. */
	yaml: string;
	/** Lines of the file before the opening `---` (blank lines Astro skips). */
	lineOffset: number;
	/** Where the body starts: the character after the closing `---`. */
	end: number;
}

/** The frontmatter of a page, or undefined when it has none. */
export function frontmatterBlock(contents: string): FrontmatterBlock | undefined {
	const match = frontmatterPattern.exec(contents);
	if (!match) return undefined;
	const yaml = match[1] ?? '';
	const end = match.index + match[0].length;
	const opening = end - yaml.length - 6;
	return { yaml, lineOffset: contents.slice(0, opening).split('\n').length - 1, end };
}

/** The YAML text of a page's frontmatter, or undefined when the page has none. */
export function frontmatterOf(contents: string): string | undefined {
	return frontmatterBlock(contents)?.yaml;
}

/** `contents` with its frontmatter blanked out, line breaks kept: the body at the lines the author sees. */
export function blankFrontmatter(contents: string): string {
	const block = frontmatterBlock(contents);
	return block ? contents.slice(0, block.end).replace(/[^\r\n]/g, ' ') + contents.slice(block.end) : contents;
}
