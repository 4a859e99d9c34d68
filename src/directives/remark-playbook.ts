import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Block, PlaybookSettings } from './block.ts';
import { PageIds } from './ids.ts';
import { colonsOf, isDirective, type Directive } from './nodes.ts';
import { report } from './problems.ts';
import { nearestName } from './suggest.ts';

/** Starlight's asides: container names that are valid without being Rapport blocks. */
export const asideNames = ['note', 'tip', 'caution', 'danger'] as const;

/** Options of {@link remarkPlaybook}. */
export interface RemarkPlaybookOptions {
	/** The blocks to render (default: none, so every container and leaf directive is unknown). */
	blocks?: readonly Block[];
	/** The site's base path (Astro `base`), default `/`. */
	base?: string;
	/** Words agents should not say (default: none). */
	avoidWords?: Record<string, string>;
	/**
	 * Not read by the plugin: a digest of Rapport's source (see `renderKey`), in
	 * the options only so that Astro's config digest, and with it the content
	 * cache, changes when Rapport does.
	 */
	renderKey?: string;
}

/**
 * remark plugin that validates and renders every playbook block in place.
 * Unknown container and leaf directives are reported with the nearest known
 * name; unknown text directives are left for Starlight to turn back into text.
 * Problems are collected on the file (errors are fatal messages), never thrown.
 */
export const remarkPlaybook: Plugin<[RemarkPlaybookOptions?], Root> = (options = {}) => {
	const byName = new Map((options.blocks ?? []).map((block) => [block.name, block]));
	const knownNames = [...byName.keys(), ...asideNames];
	const settings: PlaybookSettings = { base: (options.base ?? '/').replace(/\/?$/, '/'), avoidWords: options.avoidWords ?? {} };
	return (tree: Root, file: VFile) => {
		const ids = new PageIds();
		const deferred: (() => void)[] = [];
		const defer = (task: () => void) => void deferred.push(task);
		visit(tree, (node, _index, parent) => {
			if (!parent || !isDirective(node) || node.data?.hName) return;
			const block = byName.get(node.name);
			if (block?.type === node.type && !block.inside) {
				block.transform?.(node, { file, parent, ids, defer, settings });
			} else if (block?.type === node.type && block.inside) {
				reportOutside(node, block, file);
			} else if (node.type === 'containerDirective' && (asideNames as readonly string[]).includes(node.name)) {
				// Starlight renders asides; in `check` they are simply valid.
			} else if (node.type !== 'textDirective') {
				reportUnknown(node, knownNames, byName, file);
			}
		});
		for (const task of deferred) task();
	};
};

function reportOutside(node: Directive, block: Block, file: VFile): void {
	report(file, node, {
		rule: 'directives/outside',
		reason: `Unexpected \`${colonsOf(node.type)}${node.name}\` outside \`${block.inside}\`, expected it inside a \`::::${block.inside}\` block.`,
		fix: `Put it between \`::::${block.inside}\` and its closing \`::::\`.`,
	});
}

function reportUnknown(node: Directive, knownNames: string[], byName: Map<string, Block>, file: VFile): void {
	const written = `${colonsOf(node.type)}${node.name}`;
	const nearest = nearestName(node.name, knownNames);
	const nearestType = nearest ? (byName.get(nearest)?.type ?? 'containerDirective') : undefined;
	const suggestion = nearest && nearestType ? `Did you mean \`${colonsOf(nearestType)}${nearest}\`? ` : '';
	report(file, node, {
		rule: 'directives/unknown',
		reason: `Unknown block \`${written}\`.`,
		fix: `${suggestion}Known blocks: ${knownNames.join(', ')}. To show the colons as text, escape the first one: \`\\${written}\`.`,
	});
}
