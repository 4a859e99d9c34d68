import type { Root } from 'mdast';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { frontmatterOf } from './frontmatter-block.ts';
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
 * GitHub keeps working as it is; and links from the site's root (`/cards/`)
 * at the same page under the site's `base`.
 */
export const remarkPageLinks: Plugin<[RemarkPageLinksOptions], Root> = ({ playbooks, base = '/' }) => {
	const prefix = base.endsWith('/') ? base : `${base}/`;
	return (tree, file) => {
		if (!file.path) return;
		const from = dirname(file.path);
		visit(tree, (node) => {
			if (node.type !== 'link' && node.type !== 'definition') return;
			// `/cards/` means this site's `/cards/`, wherever the site is served (`base: '/docs/'` → `/docs/cards/`).
			if (prefix !== '/' && node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(prefix)) {
				node.url = `${prefix}${node.url.slice(1)}`;
				return;
			}
			const match = relativeMarkdownLink.exec(node.url);
			if (!match) return;
			const absolute = resolve(from, decodedPath(match[1] ?? ''));
			const target = relative(playbooks, absolute);
			if (target.startsWith('..')) return;
			const route = slugOf(absolute) ?? pageRoute(target.split('\\').join('/'));
			node.url = `${prefix}${route ? `${route}/` : ''}${match[2] ?? ''}`;
		});
	};
};

/** A link's path as a file name: `%20` decoded; a `%` that starts no escape (`discount-100%.md`) kept as written. */
export function decodedPath(path: string): string {
	try {
		return decodeURI(path);
	} catch {
		return path;
	}
}

const slugs = new Map<string, { modified: number; slug: string | undefined }>();

/** The `slug` a page sets in its frontmatter (its route then), read once per version of the file. */
function slugOf(path: string): string | undefined {
	if (!existsSync(path)) return undefined;
	const modified = statSync(path).mtimeMs;
	const known = slugs.get(path);
	if (known?.modified === modified) return known.slug;
	const frontmatter = frontmatterOf(readFileSync(path, 'utf8')) ?? '';
	const slug = /^slug:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(frontmatter)?.[1]?.replace(/^\/|\/$/g, '');
	slugs.set(path, { modified, slug });
	return slug;
}
