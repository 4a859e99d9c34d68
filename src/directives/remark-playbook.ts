import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { relative } from 'node:path';
import { avoidWordsFor, type AvoidWordsOption } from '../i18n/language-options.ts';
import { pageLanguage, siteI18n, type SiteI18n } from '../i18n/site-i18n.ts';
import { asideIconNames } from './aside-icons.ts';
import { attribute, checkAttributes, commonAttributes, type AttributeSchemas } from './attributes.ts';
import type { Block, PlaybookSettings } from './block.ts';
import { claimHeadingIds, PageIds } from './ids.ts';
import { colonsOf, isDirective, type Directive } from './nodes.ts';
import { report } from './problems.ts';
import { nearestName } from './suggest.ts';

/** Starlight's asides: container names that are valid without being Rapport blocks. */
export const asideNames = ['note', 'tip', 'caution', 'danger'] as const;

/** What Starlight's asides take: an icon of its own set (any name when that set cannot be read). */
const asideAttributes: AttributeSchemas = {
	icon: asideIconNames.length
		? attribute.oneOf(asideIconNames, 'https://starlight.astro.build/reference/icons/#all-icons')
		: attribute.text,
};

/** Options of {@link remarkPlaybook}. */
export interface RemarkPlaybookOptions {
	/** The blocks to render (default: none, so every container and leaf directive is unknown). */
	blocks?: readonly Block[];
	/** The site's base path (Astro `base`), default `/`. */
	base?: string;
	/** Words agents should not say: Rapport's `avoidWords` option (default: Rapport's lists). */
	avoidWords?: AvoidWordsOption | undefined;
	/** The playbook's languages and Rapport's strings in each (default: English only). */
	i18n?: SiteI18n;
	/** Absolute path of the playbook folder: a page's folder in it gives its language. */
	playbooks?: string;
	/**
	 * Not read by the plugin: a digest of Rapport's source (see `renderKey`), in
	 * the options only so that Astro's config digest, and with it the content
	 * cache, changes when Rapport does.
	 */
	renderKey?: string;
}

/**
 * remark plugin that validates and renders every playbook block in place.
 * A block's attributes are checked against what it declares; unknown
 * container and leaf directives are reported with the nearest known name;
 * unknown text directives are left for Starlight to turn back into text. Ids
 * (blocks' and headings') are unique on the page. Problems are collected on
 * the file (errors are fatal messages), never thrown.
 */
export const remarkPlaybook: Plugin<[RemarkPlaybookOptions?], Root> = (options = {}) => {
	const byName = new Map((options.blocks ?? []).map((block) => [block.name, block]));
	const knownNames = [...byName.keys(), ...asideNames];
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const i18n = options.i18n ?? siteI18n();
	return (tree: Root, file: VFile) => {
		const { locale, t } = pageLanguage(i18n, file.path ? relative(options.playbooks ?? file.cwd, file.path) : '');
		const avoidWords = avoidWordsFor(options.avoidWords, locale.lang, i18n.locales.default.lang);
		const settings: PlaybookSettings = { base, avoidWords, locale, t };
		const ids = new PageIds();
		claimHeadingIds(tree, file, ids);
		const deferred: (() => void)[] = [];
		const defer = (task: () => void) => void deferred.push(task);
		// Every block as written, with what it was written in: one a block's transform left out is reported, not dropped.
		const written = new Map<Directive, Node[]>();
		visitParents(tree, (node, ancestors) => void (isDirective(node) && byName.has(node.name) && written.set(node, [...ancestors])));
		visitParents(tree, (node, ancestors) => {
			const parent = ancestors.at(-1);
			if (!parent || !isDirective(node)) return;
			written.delete(node);
			const block = byName.get(node.name);
			if (block?.type !== node.type) {
				if (node.data?.hName || node.type === 'textDirective') return;
				if (node.type === 'containerDirective' && (asideNames as readonly string[]).includes(node.name)) {
					// Starlight renders asides; it reads only `icon`, and throws on an icon it does not have.
					checkAttributes(node, asideAttributes, file);
					return;
				}
				reportUnknown(node, knownNames, byName, file);
				return;
			}
			const valid = checkAttributes(node, block.attributes ?? commonAttributes, file);
			if (!node.data?.hName) {
				if (block.inside) reportOutside(node, block, ancestors, file);
				else block.transform?.(withValid(node, valid), { file, parent: parent, tree, ids, defer, settings });
			}
			finish(node, valid, ids, file);
		});
		for (const task of deferred) task();
		for (const [node, ancestors] of written) {
			const block = byName.get(node.name);
			if (block?.type === node.type) reportDropped(node, block, ancestors, file);
		}
	};
};

/** A block inside another block's content where that block keeps only text (a list item of a quiz statement). */
function reportDropped(node: Directive, block: Block, ancestors: Node[], file: VFile): void {
	if (block.inside) {
		reportOutside(node, block, ancestors, file);
		return;
	}
	const holder = [...ancestors].reverse().find(isDirective);
	const written = `${colonsOf(node.type)}${node.name}`;
	report(file, node, {
		rule: 'directives/dropped',
		reason: `Unexpected \`${written}\` inside ${holder ? `\`${colonsOf(holder.type)}${holder.name}\`` : 'another block'}, where it would not be shown.`,
		fix: `Move it out of that block${ancestors.some((ancestor) => ancestor.type === 'listItem') ? ' and its list item (a blank line before it, not indented)' : ''}.`,
	});
}

/** The node with only the attributes that passed their schema: a block falls back to its defaults for the rest. */
function withValid<T extends Directive>(node: T, valid: Set<string>): T {
	const attributes = node.attributes ?? {};
	for (const name of Object.keys(attributes)) if (!valid.has(name)) delete attributes[name];
	return node;
}

/** What every rendered block gets: its `.class` names on its element, and its id claimed on the page. */
function finish(node: Directive, valid: Set<string>, ids: PageIds, file: VFile): void {
	const properties = node.data?.hProperties;
	if (!properties) return;
	const written = valid.has('class') ? node.attributes?.class?.split(/\s+/).filter(Boolean) : undefined;
	if (written?.length) {
		const existing = properties['className'];
		properties['className'] = [...(Array.isArray(existing) ? existing : typeof existing === 'string' ? [existing] : []), ...written];
	}
	const explicit = valid.has('id') ? node.attributes?.id : undefined;
	if (explicit && properties['id'] === undefined) properties['id'] = explicit;
	const id = properties['id'];
	if (typeof id === 'string') ids.claim(id, node, file, node.name);
}

function reportOutside(node: Directive, block: Block, ancestors: Node[], file: VFile): void {
	const outer = block.inside ?? '';
	const written = `${colonsOf(node.type)}${node.name}`;
	const within = ancestors.findIndex((ancestor) => isDirective(ancestor) && ancestor.name === outer);
	if (within < 0) {
		report(file, node, {
			rule: 'directives/outside',
			reason: `Unexpected \`${written}\` outside \`${outer}\`, expected it inside a \`::::${outer}\` block.`,
			fix: `Put it between \`::::${outer}\` and its closing \`::::\` (the outer block takes one colon more than the blocks inside it).`,
		});
		return;
	}
	// Inside the right block, but not at its own level: name what it is really in.
	const between = ancestors.slice(within + 1);
	const directive = [...between].reverse().find(isDirective);
	const inList = between.some((ancestor) => ancestor.type === 'listItem');
	report(file, node, {
		rule: 'directives/nesting',
		reason: directive
			? `Unexpected \`${written}\` inside \`${colonsOf(directive.type)}${directive.name}\`, expected it directly inside \`::::${outer}\`.`
			: `Unexpected \`${written}\` inside ${inList ? 'a list item' : 'a quote'} of \`::::${outer}\`, expected it at the \`${outer}\` block's own level.`,
		fix: directive
			? `Close \`${colonsOf(directive.type)}${directive.name}\` before it, or move it out to the \`${outer}\` block's own level.`
			: `Put a blank line before \`${written}\` and start it at the beginning of the line, not indented under the list.`,
	});
}

function reportUnknown(node: Directive, knownNames: string[], byName: Map<string, Block>, file: VFile): void {
	const written = `${colonsOf(node.type)}${node.name}`;
	const instead = [...byName.values()]
		.map((block) => (block.insteadOf && Object.hasOwn(block.insteadOf, node.name) ? block.insteadOf[node.name] : undefined))
		.find(Boolean);
	if (instead) {
		report(file, node, { rule: 'directives/unknown', reason: `Unknown block \`${written}\`.`, fix: instead });
		return;
	}
	const nearest = nearestName(node.name, knownNames);
	const nearestType = nearest ? (byName.get(nearest)?.type ?? 'containerDirective') : undefined;
	const suggestion = nearest && nearestType ? `Did you mean \`${colonsOf(nearestType)}${nearest}\`? ` : '';
	report(file, node, {
		rule: 'directives/unknown',
		reason: `Unknown block \`${written}\`.`,
		fix: `${suggestion}Known blocks: ${knownNames.join(', ')}. To show the colons as text, escape the first one: \`\\${written}\`.`,
	});
}
