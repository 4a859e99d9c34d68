import type { Html, Root, Text } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import type { Node, Parent } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { report } from './problems.ts';

/** Options of {@link remarkDirectiveSyntax}. */
export interface RemarkDirectiveSyntaxOptions {
	/** Names of the text directives the site renders (`say`, `ask`): written wrong, they are mistakes, not prose. */
	textNames?: readonly string[];
}

/** What is left of a source line once quote markers and indentation are gone. */
const linePrefix = /^[ \t]*(?:>[ \t]?)*[ \t]*/;
const fence = /^(:{3,})[ \t]*$/;
const opener = /^(:{2,})([A-Za-z][\w-]*)/;
/** Three colons and something that is not a name: `::: [x]`, `:::[Label]`, `::: :::`, an invisible space before the name. */
const namelessOpener = /^(:{3,})[ \t]*([^ \t].*)$/;

/**
 * remark plugin that turns what remark-directive leaves as text, when an
 * author meant a directive, into errors at its line: a line that starts with
 * `::`/`:::` and a name but is not a well-formed directive (unclosed label,
 * quote or attribute list, a space before `[`), a fence that closes nothing
 * (or sits inside a list item or paragraph, where it cannot close anything),
 * a container left open to the end of its parent, and a known text directive
 * whose label never closes. Unknown text directives stay text (`10:30`).
 */
export const remarkDirectiveSyntax: Plugin<[RemarkDirectiveSyntaxOptions?], Root> = (options = {}) => {
	const textNames = new Set(options.textNames ?? []);
	return (tree, file) => {
		const lines = String(file.value).split(/\r?\n/);
		visit(tree, (node, index, parent) => {
			if (node.type === 'text' && parent) checkTextLines(node, index ?? 0, parent, lines, file);
			if (node.type === 'html') checkHtmlLines(node, file);
			if (node.type === 'containerDirective') checkClosed(node, lines, file);
			if (node.type === 'textDirective' && textNames.has(node.name) && parent)
				checkTextLabel(node, parent.children[(index ?? 0) + 1], file);
		});
	};
};

/** Each line of a text node that starts with colons and a name, or is a bare fence, is a directive the parser did not take. */
function checkTextLines(node: Text, index: number, parent: Parent, lines: string[], file: VFile): void {
	const start = node.position?.start;
	const end = node.position?.end;
	if (!start || !end) return;
	const previous = index > 0 ? parent.children[index - 1] : undefined;
	const startsLine = !previous || (previous.position?.end.line ?? start.line) < start.line;
	// After a broken opener, the fence that was meant to close it is part of the same mistake.
	let broken = false;
	for (let line = startsLine ? start.line : start.line + 1; line <= end.line; line++) {
		const source = lines[line - 1] ?? '';
		const column = line === start.line ? start.column : (linePrefix.exec(source)?.[0].length ?? 0) + 1;
		const written = source.slice(column - 1);
		const place = { type: 'text', position: { start: { line, column }, end: { line, column: column + written.length } } };
		const stray = fence.exec(written);
		if (stray && broken) continue;
		if (stray) {
			const inList = parent.type === 'paragraph' && line > start.line;
			report(file, place, {
				rule: 'directives/stray-fence',
				reason: inList
					? `Unexpected \`${stray[1]}\` inside a paragraph or list item: a fence closes a block only on a line of its own, not indented under a list item.`
					: `Unexpected \`${stray[1]}\`: it closes no block (every block it could close is already closed).`,
				fix: inList
					? `Put a blank line before it and start it at the block's own indentation, e.g. \`${stray[1]}\` at the start of the line.`
					: 'Remove it, or open the block it should close, e.g. `:::checklist[Before a call]`.',
			});
			continue;
		}
		const nameless = opener.test(written) ? null : namelessOpener.exec(written);
		if (nameless) {
			broken = true;
			report(file, place, {
				rule: 'directives/malformed',
				reason: `Unexpected \`${written.trim()}\`: a block's colons must be followed straight away by its name, so this is not a block and would show as text.`,
				fix: `Write the name after the colons, e.g. \`${nameless[1]}card[Label]\`, or escape the first colon to show it as text: \`\\${nameless[1]}\`.`,
			});
			continue;
		}
		const open = opener.exec(written);
		if (open) {
			const [, colons = '', name = ''] = open;
			broken = true;
			report(file, place, {
				rule: 'directives/malformed',
				reason: `Unexpected \`${written.trim()}\`: ${malformation(written.slice(open[0].length))}, so \`${colons}${name}\` is not a block and would show as text.`,
				fix: `Write it as \`${colons}${name}[Label]{#id key="value"}\`: the label in brackets and the attributes in braces straight after the name, each closed on the same line.`,
			});
		}
	}
}

/** Raw HTML runs to the next blank line: a block written in that run is shown as text, colons and all. */
function checkHtmlLines(node: Html, file: VFile): void {
	const start = node.position?.start;
	if (!start) return;
	for (const [offset, line] of node.value.split(/\r?\n/).entries()) {
		const written = line.replace(linePrefix, '');
		if (offset === 0 || !(fence.test(written) || opener.test(written))) continue;
		const at = { line: start.line + offset, column: line.length - written.length + 1 };
		report(
			file,
			{ type: 'html', position: { start: at, end: at } },
			{
				rule: 'directives/in-html',
				reason: `Unexpected \`${written.trim()}\` inside raw HTML: an HTML block runs to the next blank line, so this line is shown as text.`,
				fix: 'Put a blank line between the HTML and the block, or close the HTML element before it.',
			},
		);
		return;
	}
}

/** What is wrong with the rest of a directive line after its name, in the author's terms. */
function malformation(rest: string): string {
	if (/^[ \t]+[[{]/.test(rest)) return 'there is a space between the name and its `[label]` or `{attributes}`';
	let label = '';
	if (rest.startsWith('[')) {
		const close = closingBracket(rest);
		if (close < 0) return 'its `[label` never closes with `]`';
		label = rest.slice(0, close + 1);
	}
	const afterLabel = rest.slice(label.length);
	if (afterLabel.startsWith('{')) {
		const attributes = afterLabel.slice(1);
		const quotes = attributes.replace(/\\./g, '').match(/"[^"]*"?|'[^']*'?/g) ?? [];
		if (quotes.some((quoted) => quoted.length === 1 || quoted.at(-1) !== quoted[0])) return 'a quoted attribute value never closes';
		const close = afterLabel.indexOf('}', 0);
		if (close < 0) return 'its `{attributes` never close with `}`';
		const inside = afterLabel.slice(1, close).trim();
		if (/(^|\s)[#.](\s|$)/.test(inside)) return 'an attribute is a bare `#` or `.` with no name after it';
		const tail = afterLabel.slice(close + 1).trim();
		if (tail) return `\`${tail}\` follows its attributes on the same line`;
		return 'its attributes are not `{#id .class key="value"}`';
	}
	if (afterLabel.trim()) return `\`${afterLabel.trim()}\` follows ${label ? 'its label' : 'its name'} on the same line`;
	return 'it is not a well-formed directive line';
}

/** The index of the `]` closing the `[` at the start of `text` (nesting and escapes followed), or -1. */
function closingBracket(text: string): number {
	let depth = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (char === '\\') index++;
		else if (char === '[') depth++;
		else if (char === ']' && --depth === 0) return index;
	}
	return -1;
}

/** A container's last line is its closing fence; when it is not, the container ran to the end of what holds it. */
function checkClosed(node: ContainerDirective, lines: string[], file: VFile): void {
	const start = node.position?.start;
	const end = node.position?.end;
	if (!start || !end) return;
	const colons = /^:+/.exec((lines[start.line - 1] ?? '').slice(start.column - 1))?.[0] ?? ':::';
	const last = lines[end.line - 1] ?? '';
	const prefix = linePrefix.exec(last)?.[0].length ?? 0;
	const closing = fence.exec(last.slice(prefix))?.[1];
	// Closed by its own fence, the container ends after it; closed by an outer one, it ends before it.
	if (end.line > start.line && closing && closing.length >= colons.length && end.column > prefix + closing.length) return;
	report(
		file,
		{ type: node.type, position: { start, end: start } },
		{
			rule: 'directives/unclosed',
			reason: `Unexpected \`${colons}${node.name}\` that is never closed: it takes in everything up to line ${end.line}.`,
			fix: `Close it with \`${colons}\` on a line of its own, at the indentation it opened at, after its last line of content.`,
		},
	);
}

/** `:say[words` with no `]`: remark-directive keeps the name and leaves `[words` as text. */
function checkTextLabel(node: TextDirective, next: Node | undefined, file: VFile): void {
	if (node.children.length > 0 || next?.type !== 'text' || !/^[[{]/.test((next as Text).value)) return;
	const [open, part, close] = (next as Text).value.startsWith('[') ? ['[', 'label', ']'] : ['{', 'attribute list', '}'];
	report(file, node, {
		rule: 'directives/malformed',
		reason: `Unexpected \`:${node.name}${open}\` whose ${part} never closes on its line (no \`${close}\`).`,
		fix: `Close it where the words end, e.g. \`:${node.name}[Thanks for calling.]\`.`,
	});
}
