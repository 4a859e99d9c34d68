import type { Root } from 'mdast';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { pageRoute } from './page-route.ts';

/** Options of {@link remarkPageLinks}. */
export interface RemarkPageLinksOptions {
	/** Absolute path of the playbook folder. */
	playbooks: string;
	/** The site's base path (Astro `base`), default `/`. */
	base?: string;
}

const relativeMarkdownLink = /^(?![a-z][a-z0-9+.-]*:|\/|#)([^?#]*\.mdx?)([?#].*)?$/i;

/**
 * remark plugin that points relative links between pages (`../listening.md#desk`)
 * at the pages' routes (`/listening/#desk`), so Markdown written for a wiki or
 * GitHub keeps working as it is.
 */
export const remarkPageLinks: Plugin<[RemarkPageLinksOptions], Root> = ({ playbooks, base = '/' }) => {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return (tree, file) => {
		if (!file.path) return;
		const from = dirname(file.path);
		visit(tree, (node) => {
			if (node.type !== 'link' && node.type !== 'definition') return;
			const match = relativeMarkdownLink.exec(node.url);
			if (!match) return;
			const target = relative(playbooks, resolve(from, decodeURI(match[1] ?? '')));
			if (target.startsWith('..')) return;
			const route = pageRoute(target.split('\\').join('/'));
			node.url = `${prefix}${route ? `${route}/` : ''}${match[2] ?? ''}`;
		});
	};
};
