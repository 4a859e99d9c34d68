import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { frontmatterLineCount } from '../lint/frontmatter.ts';
import { element, text } from './nodes.ts';

/**
 * remark plugin for `astro dev`: when a page has errors, it opens with an alert
 * that lists them (with the line numbers of the file, frontmatter included), so
 * the author sees the mistake where they are looking. `astro build` never gets
 * here: its gate fails first.
 */
export const remarkShowProblems: Plugin<[], Root> = () => (tree, file) => {
	const errors = file.messages.filter((message) => message.fatal && message.source === 'rapport');
	if (errors.length === 0) return;
	const offset = file.path ? frontmatterLineCount(readFileSync(file.path, 'utf8')) : 0;
	const items = errors.map((message) =>
		element('li', {}, [text(`Line ${(message.line ?? 1) + offset}, column ${message.column ?? 1}: ${message.reason}`)]),
	);
	tree.children.unshift(
		element('div', { role: 'alert', dataRapportProblems: '', className: ['rapport-problems'] }, [
			element('p', {}, [text('This page has mistakes; the build will fail until they are fixed:')]),
			element('ul', {}, items),
		]),
	);
};
