/**
 * The frontmatter block of a page, found as Astro finds it (its
 * `extractFrontmatter`): at the top of the file after a byte-order mark or
 * blank lines, from `---` to the next line that starts with `---` (or `+++`
 * to `+++`, TOML). A `---` inside a value (`title: A --- B`) does not close it.
 */
const frontmatterPattern = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;

/** A page's frontmatter: its YAML, where it sits in the file. */
export interface FrontmatterBlock {
	/** The YAML text (TOML between `+++`): from just after the opening `---` (the rest of that line first) to the closing one. */
	yaml: string;
	/** Written between `+++` lines: TOML, which Astro reads too. */
	toml: boolean;
	/** Lines of the file before the opening `---` (blank lines Astro skips). */
	lineOffset: number;
	/** Where the body starts: the character after the closing `---`. */
	end: number;
}

/** The frontmatter of a page, or undefined when it has none. */
export function frontmatterBlock(contents: string): FrontmatterBlock | undefined {
	const match = frontmatterPattern.exec(contents);
	if (!match) return undefined;
	const yaml = match[2] ?? '';
	const end = match.index + match[0].length;
	const opening = end - yaml.length - 6;
	return { yaml, toml: match[1] === '+++', lineOffset: contents.slice(0, opening).split('\n').length - 1, end };
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

/**
 * The body of a Markdown page as Astro renders it, at the lines of the file:
 * frontmatter blanked, and the body trimmed as Astro trims it (so a first line
 * indented as code is not code on the site), its leading line breaks kept.
 */
export function markdownBody(contents: string): string {
	const block = frontmatterBlock(contents);
	const head = block ? contents.slice(0, block.end).replace(/[^\r\n]/g, ' ') : '';
	const body = block ? contents.slice(block.end) : contents;
	const trimmed = body.trim();
	const lead = body.slice(0, body.length - body.trimStart().length).replace(/[^\n]/g, '');
	return `${head}${lead}${trimmed}`;
}
