import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { report } from './problems.ts';

const bareName = /^\s*([A-Za-z_$][\w$]*)\s*$/;
const declared = /\b(?:import|export)\b[^;\n]*?\b(?:const|let|var|function|class)?\s*\{?([^};\n]*)\}?/g;

/**
 * remark plugin for MDX pages: `{customer}` in an `.mdx` page is JavaScript
 * that reads a variable, and fails when the page is built, far from its line.
 * A brace expression that is a bare name the page does not import or export
 * is reported at its line, with how to write a placeholder instead.
 */
export const remarkMdxExpressions: Plugin<[], Root> = () => (tree, file) => {
	const names = new Set<string>();
	visit(tree, 'mdxjsEsm', (node) => {
		for (const match of node.value.matchAll(declared)) {
			for (const name of (match[1] ?? '').split(/[\s,]+/)) if (/^[A-Za-z_$][\w$]*$/.test(name)) names.add(name);
		}
		for (const match of node.value.matchAll(/\b(?:const|let|var|function|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(match[1] ?? '');
	});
	visit(tree, (node) => {
		if (node.type !== 'mdxTextExpression' && node.type !== 'mdxFlowExpression') return;
		const name = bareName.exec(node.value)?.[1];
		if (!name || names.has(name)) return;
		report(file, node, {
			rule: 'mdx/undefined-name',
			reason: `Unexpected \`{${name}}\`: in an .mdx page, braces hold JavaScript, and \`${name}\` is not defined, so the page fails when it is built.`,
			fix: `For a placeholder the agent fills in, escape the braces: \`\\{${name}\\}\`; or rename the page to .md, where \`{${name}}\` is plain text.`,
		});
	});
};
