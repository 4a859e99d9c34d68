import type { RootContent } from 'mdast';
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, resolve } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { decodedPath } from '../../content/remark-page-links.ts';
import { report } from '../../directives/problems.ts';

const types: Record<string, string> = {
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.svg': 'image/svg+xml',
	'.avif': 'image/avif',
};
/** Larger images are left as links (and reported): a card is a few centimetres wide. */
const maxBytes = 512 * 1024;
const external = /^([a-z][a-z0-9+.-]*:|\/\/|\/)/i;

/**
 * A copy of a card face's nodes for its print pages, with each relative image
 * (`![Headset](./headset.png)`, beside the page) put inline as a `data:` URL:
 * the print pages live at `/cards/<id>/`, where the page's relative paths do
 * not lead to the file, and Astro's image pipeline only serves the page.
 */
export function withInlineImages(nodes: readonly RootContent[], file: VFile): RootContent[] {
	const copy = structuredClone(nodes) as RootContent[];
	if (!file.path) return copy;
	const folder = dirname(file.path);
	for (const node of copy) {
		visit(node, 'image', (image) => {
			if (!image.url || external.test(image.url)) return;
			const path = resolve(folder, decodedPath(image.url.split(/[?#]/)[0] ?? ''));
			const type = types[extname(path).toLowerCase()];
			let size: number;
			try {
				size = statSync(path).size;
			} catch {
				return; // A missing image is reported by the playbook check.
			}
			if (!type || size > maxBytes) {
				report(file, image, {
					rule: 'card/image',
					severity: 'warning',
					reason: `Card image \`${image.url}\` will not print on the card's print pages: ${type ? `it is ${Math.round(size / 1024)} KB, more than ${maxBytes / 1024} KB` : 'it is not a PNG, JPEG, GIF, WebP, AVIF or SVG'}.`,
					fix: 'Use a small PNG or SVG for images on cards.',
				});
				return;
			}
			image.url = `data:${type};base64,${readFileSync(path).toString('base64')}`;
		});
	}
	return copy;
}
