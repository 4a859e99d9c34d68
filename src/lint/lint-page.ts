import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { blocks } from '../blocks/index.ts';
import { remarkPlaybook } from '../directives/remark-playbook.ts';
import { checkFrontmatter, type FrontmatterCheckOptions } from './frontmatter.ts';

/** A block with an id, as found on a page: for checks across pages. */
export interface PlacedBlock {
	name: string;
	id: string;
	node: Node;
}

/** What {@link lintPage} checks against. */
export interface PageLintOptions extends FrontmatterCheckOptions {
	avoidWords: Record<string, string>;
}

/** A link or image on a page, for checks against the files beside it. */
export interface PlacedReference {
	kind: 'link' | 'image';
	url: string;
	node: Node;
}

/** One checked page: its problems (on `file`), own route, blocks, links and images. */
export interface PageLint {
	file: VFile;
	/** The frontmatter `slug`, when the page sets its own route. */
	slug: string | undefined;
	blocks: PlacedBlock[];
	references: PlacedReference[];
}

/**
 * Checks one page without building the site: its frontmatter and every block,
 * with the same transforms the site renders with. Positions are lines of the
 * file as the author sees it (frontmatter included).
 */
export async function lintPage(path: string, contents: string, options: PageLintOptions): Promise<PageLint> {
	const file = new VFile({ path, value: contents });
	const frontmatter = checkFrontmatter(contents, file, options);
	const placed: PlacedBlock[] = [];
	const references: PlacedReference[] = [];
	const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
	if (path.endsWith('.mdx')) processor.use(remarkMdx);
	const pipeline = processor.use(remarkDirective).use(remarkPlaybook, { blocks, avoidWords: options.avoidWords });
	try {
		const tree = await pipeline.run(pipeline.parse(file), file);
		visit(tree, (node) => {
			if (node.type === 'link' || node.type === 'definition') references.push({ kind: 'link', url: node.url, node: bare(node) });
			if (node.type === 'image') references.push({ kind: 'image', url: node.url, node: bare(node) });
			const properties = node.data?.hProperties;
			const name = properties?.['dataPlaybook'];
			const id = properties?.['id'];
			if (typeof name === 'string' && typeof id === 'string') placed.push({ name, id, node: bare(node) });
		});
	} catch (cause) {
		// MDX that does not parse: report where the parser stopped.
		const reason = cause instanceof Error ? cause.message : String(cause);
		const place = cause instanceof VFileMessage ? cause.place : undefined;
		const message = file.message(
			`Unexpected MDX syntax: ${reason}. Fix the JSX or expression there, or escape \`{\` and \`<\` as \`\\{\` and \`\\<\`.`,
			{
				cause: cause instanceof Error ? cause : null,
				place,
				ruleId: 'mdx/parse',
				source: 'rapport',
			},
		);
		message.fatal = true;
	}
	const slug = typeof frontmatter['slug'] === 'string' ? frontmatter['slug'] : undefined;
	return { file, slug, blocks: placed, references };
}

/** Just where `node` is: what checks across pages need of it, without keeping its page's tree alive. */
function bare(node: Node): Node {
	return node.position ? { type: node.type, position: node.position } : { type: node.type };
}
