import { slug } from 'github-slugger';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { report } from './problems.ts';
import type { ContainerDirective } from 'mdast-util-directive';
import type { BlockContext } from './block.ts';
import { labelText, splitLabel, type Directive } from './nodes.ts';

/** The ids used on one page, so that two blocks cannot claim the same one. */
export class PageIds {
	readonly #used = new Map<string, Node>();

	/**
	 * Claims `id` for `node`. A second claim on one page is reported on `file`
	 * (it would break anchors and saved checklist state) and returns false.
	 */
	claim(id: string, node: Node, file: VFile, what: string): boolean {
		const first = this.#used.get(id);
		if (first) {
			const line = first.position?.start.line;
			report(file, node, {
				rule: 'ids/duplicate',
				reason: `Unexpected ${what} id \`${id}\`: it is already used on this page${line ? ` (line ${line})` : ''}.`,
				fix: `Give this one its own id, e.g. \`{#${id}-2}\`, or change its label.`,
			});
			return false;
		}
		this.#used.set(id, node);
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
