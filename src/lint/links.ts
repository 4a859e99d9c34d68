import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { decodedPath } from '../content/remark-page-links.ts';
import { report } from '../directives/problems.ts';
import type { PageLint } from './lint-page.ts';

const external = /^([a-z][a-z0-9+.-]*:|\/\/|\/|#)/i;

/**
 * Warns about relative links to pages or files that do not exist, and images
 * that are not there, at the line and column of each. A warning, not an
 * error: pages moved in from an old wiki often carry a few, and the rest of
 * the page is still worth publishing.
 */
export function checkReferences(page: PageLint, root: string): void {
	const from = dirname(page.file.path);
	for (const reference of page.references) {
		const path = reference.url.split(/[?#]/)[0] ?? '';
		if (!path || external.test(reference.url)) continue;
		const target = resolve(from, decodedPath(path));
		if (reference.kind === 'image' ? existsSync(target) : linkResolves(target)) continue;
		const shown = relative(root, target);
		report(page.file, reference.node, {
			rule: reference.kind === 'image' ? 'links/missing-image' : 'links/broken',
			severity: 'warning',
			reason:
				reference.kind === 'image'
					? `Missing image \`${reference.url}\`: there is no file at ${shown}.`
					: `Broken link \`${reference.url}\`: there is no page or file at ${shown}.`,
			fix:
				reference.kind === 'image'
					? 'Put the image beside the page, or correct the path.'
					: 'Point it at a page that exists, e.g. `[Desk set-up](../listening/desk-setup.md)`, or remove the link.',
		});
	}
}

/** A link works when it names a file, a page without its `.md`, or a folder with an index page. */
function linkResolves(target: string): boolean {
	const bare = target.replace(/\/$/, '');
	const candidates = [target, `${bare}.md`, `${bare}.mdx`, `${bare}/index.md`, `${bare}/index.mdx`];
	return candidates.some((candidate) => existsSync(candidate) && (candidate !== target || !statSync(candidate).isDirectory()));
}
