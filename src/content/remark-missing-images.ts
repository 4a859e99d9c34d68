import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { inline, text } from '../directives/nodes.ts';
import { decodedPath } from './remark-page-links.ts';

const external = /^([a-z][a-z0-9+.-]*:|\/\/|\/)/i;

/**
 * remark plugin (site only) that shows a relative image whose file is missing
 * as a visible "missing image" note instead of failing the whole build (Astro
 * stops on an image it cannot find). The check reports the same image as a
 * warning with its file and line.
 */
export const remarkMissingImages: Plugin<[], Root> = () => (tree, file) => {
	if (!file.path) return;
	const from = dirname(file.path);
	visit(tree, 'image', (image, index, parent) => {
		if (!parent || index === undefined || !image.url || external.test(image.url)) return;
		const path = image.url.split(/[?#]/)[0] ?? '';
		const target = resolve(from, decodedPath(path));
		if (existsSync(target)) return;
		const label = image.alt ? `Missing image: ${image.alt}` : `Missing image: ${image.url}`;
		parent.children[index] = inline('span', { className: ['rapport-missing-image'], role: 'img', ariaLabel: label }, [text(`[${label}]`)]);
	});
};
