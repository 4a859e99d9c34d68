import type { Root } from 'mdast';
import { dirname } from 'node:path';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { checkProcessor } from '../authoring/check-processor.ts';
import { blankFrontmatter, markdownBody } from '../content/frontmatter-block.ts';
import type { PlacedBlock } from '../directives/block.ts';
import { reportFailure } from '../directives/guarded.ts';
import { report } from '../directives/problems.ts';
import { withinLimits } from '../directives/limits.ts';
import { fileLinesKey } from '../directives/remark-file-lines.ts';
import type { AvoidWordsOption } from '../i18n/language-options.ts';
import type { SiteI18n } from '../i18n/site-i18n.ts';
import { checkFrontmatter, type FrontmatterCheckOptions } from './frontmatter.ts';

/** What {@link lintPage} checks against. */
export interface PageLintOptions extends FrontmatterCheckOptions {
	/** Rapport's `avoidWords` option (default: Rapport's lists). */
	avoidWords?: AvoidWordsOption | undefined;
	/** The playbook's languages (default: English only). */
	i18n?: SiteI18n;
	/** Raw HTML passes through (default); `false` shows it as text and refuses MDX. */
	rawHtml?: boolean;
	/** Absolute path of the playbook folder, for links between pages (default: the page's folder). */
	playbooks?: string;
}

/** A link or image on a page, for checks against the files beside it. */
export interface PlacedReference {
	kind: 'link' | 'image';
	url: string;
	node: Node;
}

/** A block with an id on a checked page; a step that ends the call says so (its translations must too). */
export interface PageBlock extends PlacedBlock {
	/** Set on a step marked `{outcome}`. */
	outcome?: true;
}

/** One checked page: its problems (on `file`), own route, blocks, links and images. */
export interface PageLint {
	file: VFile;
	/** The frontmatter `slug`, when the page sets its own route. */
	slug: string | undefined;
	/** Its blocks with an id, in page order (an outer block before those inside it). */
	blocks: PageBlock[];
	references: PlacedReference[];
}

/**
 * Checks one page without building the site: its frontmatter, its size and
 * depth, and every block, with the plugins the site renders with (see
 * {@link checkProcessor}). Positions are lines of the file as the author sees
 * it (frontmatter included). Never throws: a failure is an error on the page.
 */
export async function lintPage(path: string, contents: string, options: PageLintOptions): Promise<PageLint> {
	// The body as Astro reads it (frontmatter found as Astro finds it), at the lines of the file.
	const file = new VFile({ path, value: path.endsWith('.mdx') ? blankFrontmatter(contents) : markdownBody(contents) });
	const frontmatter = checkFrontmatter(contents, file, options);
	// What Astro hands remark with a page: its frontmatter (the title heading and search read it).
	// …and its body is at the file's lines already.
	file.data = { ...file.data, astro: { frontmatter }, [fileLinesKey]: true };
	const slug = typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : undefined;
	const placed: PageBlock[] = [];
	const references: PlacedReference[] = [];
	if (!path.endsWith('.mdx')) warnFirstLineIndent(contents, file);
	if (!withinLimits(contents, file)) return { file, slug, blocks: placed, references };
	const processor = checkProcessor({
		mdx: path.endsWith('.mdx'),
		playbooks: options.playbooks ?? dirname(path),
		avoidWords: options.avoidWords,
		...(options.i18n ? { i18n: options.i18n } : {}),
		rawHtml: options.rawHtml ?? true,
	});
	let tree: Root;
	try {
		tree = processor.parse(file);
	} catch (cause) {
		reportSyntax(file, cause);
		return { file, slug, blocks: placed, references };
	}
	// Links as written, before the page-links plugin points them at routes.
	visit(tree, (node) => {
		if (node.type === 'link' || node.type === 'definition') references.push({ kind: 'link', url: node.url, node: bare(node) });
		if (node.type === 'image') references.push({ kind: 'image', url: node.url, node: bare(node) });
	});
	try {
		tree = (await processor.run(tree, file)) as Root;
	} catch (cause) {
		reportFailure(file, 'the check', cause);
	}
	visit(tree, (node) => {
		const properties = node.data?.hProperties;
		const name = properties?.['dataPlaybook'];
		const id = properties?.['id'];
		if (typeof name !== 'string' || typeof id !== 'string') return;
		placed.push({ name, id, node: bare(node), ...(properties?.['dataOutcome'] === undefined ? {} : { outcome: true as const }) });
	});
	return { file, slug, blocks: placed, references };
}

/**
 * Astro trims a Markdown page's body, so indentation on its first line is
 * lost: `    :::note` there is a block on the site, not the code it looks like.
 */
function warnFirstLineIndent(contents: string, file: VFile): void {
	const body = String(file.value);
	const at = body.length - body.trimStart().length;
	const line = body.slice(0, at).split('\n').length;
	const written = contents.split(/\r?\n/)[line - 1] ?? '';
	if (!/^( {4}|\t)/.test(written)) return;
	report(
		file,
		{ type: 'text', position: { start: { line, column: 1 }, end: { line, column: 1 } } },
		{
			rule: 'page/first-line-indent',
			severity: 'warning',
			reason: 'Unexpected indentation on the first line of the page: the site drops it, so this line is not read as indented code.',
			fix: 'Put a line of text before it, or write the code in a fenced block (```).',
		},
	);
}

/** MDX that does not parse: where the parser stopped. */
function reportSyntax(file: VFile, cause: unknown): void {
	const reason = cause instanceof Error ? cause.message : String(cause);
	// The MDX parser's messages may come from another copy of vfile-message: read their place as data.
	// An unclosed tag is found at the end of the page, with no place: its message names the tag's.
	const named = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
	const place =
		(cause instanceof VFileMessage ? cause.place : (cause as Partial<VFileMessage> | null)?.place) ??
		(named ? { line: Number(named[1]), column: Number(named[2]) } : { line: 1, column: 1 });
	const message = file.message(
		`Unexpected MDX syntax: ${reason}. Fix the JSX or expression there, or escape \`{\` and \`<\` as \`\\{\` and \`\\<\`.`,
		{ cause: cause instanceof Error ? cause : null, place, ruleId: 'mdx/parse', source: 'rapport' },
	);
	message.fatal = true;
}

/** Just where `node` is: what checks across pages need of it, without keeping its page's tree alive. */
function bare(node: Node): Node {
	return node.position ? { type: node.type, position: node.position } : { type: node.type };
}
