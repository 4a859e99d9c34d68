import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
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
	// Markdown pages are at the file's lines already (remarkFileLines); MDX pages are not.
	const atFileLines = (file.data as Record<string, unknown>)['rapportFileLines'] === true;
	const offset = file.path && !atFileLines ? bodyLineOffset(readFileSync(file.path, 'utf8'), String(file.value)) : 0;
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

/**
 * How many lines of the file come before the body remark was given. Astro hands
 * remark a page without its frontmatter (and the blank lines after it), so its
 * line numbers are short by this much.
 */
export function bodyLineOffset(contents: string, body: string): number {
	const start = body.trim() ? contents.indexOf(body.trim()) : -1;
	return start > 0 ? contents.slice(0, start).split('\n').length - 1 - leadingLines(body) : 0;
}

function leadingLines(body: string): number {
	return body.slice(0, body.length - body.trimStart().length).split('\n').length - 1;
}
