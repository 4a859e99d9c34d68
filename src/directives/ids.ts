import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { report } from './problems.ts';
import type { ContainerDirective } from 'mdast-util-directive';
import type { BlockContext } from './block.ts';
import { labelText, splitLabel, type Directive } from './nodes.ts';

/** The ids used on one page, so that two blocks cannot claim the same one. */
export class PageIds {
	readonly #used = new Map<string, { node: Node; what: string }>();
	/** The id each node asked for, won or lost: asking again is not a second claim. */
	readonly #asked = new WeakMap<Node, string>();

	/**
	 * Claims `id` for `node`. A second claim on one page is reported on `file`
	 * (it would break anchors and saved checklist state) and returns false.
	 */
	claim(id: string, node: Node, file: VFile, what: string): boolean {
		if (this.#asked.get(node) === id) return this.#used.get(id)?.node === node;
		this.#asked.set(node, id);
		const first = this.#used.get(id);
		if (first) {
			const line = first.node.position?.start.line;
			report(file, node, {
				rule: 'ids/duplicate',
				reason: `Unexpected ${what} id \`${id}\`: the ${first.what}${line ? ` on line ${line}` : ''} already has it, and links to \`#${id}\` would go there.`,
				fix:
					first.what === 'heading'
						? `Give this one its own id, e.g. \`{#${id}-${what}}\`.`
						: `Give this one its own id, e.g. \`{#${id}-2}\`, or change its label.`,
			});
			return false;
		}
		this.#used.set(id, { node, what });
		return true;
	}
}

/** The block's id: its `{#id}` attribute, else the slug of its label, else `fallback`. */
export function blockId(node: Directive, label: string, fallback: string): string {
	const explicit = node.attributes?.id?.trim();
	if (explicit) return explicit;
	return slug(label) || fallback;
}

/**
 * What every block with an id starts with: its `[label]` and body, the label as
 * text, and its id (`{#id}`, else the label's slug, else `kind`), claimed on the page.
 */
export function identify(node: ContainerDirective, { file, ids }: Pick<BlockContext, 'file' | 'ids'>, kind: string) {
	const { label, body } = splitLabel(node);
	const name = labelText(label);
	const id = blockId(node, name, kind);
	ids.claim(id, node, file, kind);
	return { label, body, name, id };
}

/**
 * The ids the site gives the page's headings (github-slugger over their text,
 * in order, as Astro does). A leading `# Title` that is the page's title is
 * left out: the site drops it.
 */
export function headingIds(tree: Root, file: VFile): Map<Heading, string> {
	const slugger = new GithubSlugger();
	const title = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter?.['title'];
	const first = tree.children.find((node) => node.type !== 'yaml' && node.type !== 'html');
	const ids = new Map<Heading, string>();
	visit(tree, 'heading', (node) => {
		const text = toString(node).trim();
		if (node === first && node.depth === 1 && (typeof title !== 'string' || title.trim() === text)) return;
		ids.set(node, slugger.slug(text));
	});
	return ids;
}

/** Claims the ids of the page's headings ({@link headingIds}), so a block cannot take a heading's anchor. */
export function claimHeadingIds(tree: Root, file: VFile, ids: PageIds): void {
	for (const [heading, id] of headingIds(tree, file)) ids.claim(id, heading, file, 'heading');
}
