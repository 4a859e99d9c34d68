import type { Parent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { attribute, commonAttributes } from '../../directives/attributes.ts';
import type { Block } from '../../directives/block.ts';
import { blockId } from '../../directives/ids.ts';
import { inline, isDirective, renderAs, text } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import type { Translate } from '../../i18n/translate.ts';

/** A field of a call script, as its notes and placeholders use it. */
export interface ScriptField {
	/** Its id: the `{placeholder}` it fills and the name its value is kept under. */
	name: string;
	/** What the agent reads beside the box, e.g. "Order number". */
	label: string;
	/** Never stored, never copied, never in the notes (card numbers, passwords). */
	sensitive: boolean;
	node: TextDirective;
}

/**
 * `:field[Order number]{#order}`: a box the agent fills during a call. Its
 * value goes into the call notes and fills `{order}` in the script's lines;
 * `{sensitive}` keeps it on the screen only. Rendered by its script.
 */
export const field: Block = {
	name: 'field',
	type: 'textDirective',
	inside: 'script',
	attributes: { ...commonAttributes, id: attribute.placeholderName, sensitive: attribute.flag },
};

/** Renders every `:field` inside `script` and returns them; a field inside a `:say`/`:ask` line or with no label is reported. */
export function renderFields(script: ContainerDirective, file: VFile, t: Translate): ScriptField[] {
	const fields: ScriptField[] = [];
	visitParents(script, 'textDirective', (node: TextDirective, ancestors) => {
		if (node.name !== 'field') return;
		const line = ancestors.find((ancestor) => isDirective(ancestor) && (ancestor.name === 'say' || ancestor.name === 'ask'));
		if (line && isDirective(line)) {
			report(file, node, {
				rule: 'field/inside-line',
				reason: `Unexpected \`:field\` inside a \`:${line.name}\` line: the line would be copied with the box in it.`,
				fix: `Put the field after the line, e.g. \`:${line.name}[What is your order number?] :field[Order number]{#order}\`, and use \`{order}\` in later lines.`,
			});
		}
		const label = toString(node).trim();
		if (label === '') {
			report(file, node, {
				rule: 'field/no-label',
				reason: 'Unexpected `:field` without a label, expected what the agent writes in it inside the brackets.',
				fix: 'Write e.g. `:field[Order number]{#order}`.',
			});
		}
		const sensitive = typeof node.attributes?.sensitive === 'string';
		const name = blockId(node, label, 'field').toLowerCase();
		fields.push({ name, label: label || t('rapport.script.field'), sensitive, node });
		render(node, name, sensitive ? t('rapport.script.notKept') : undefined);
		return 'skip';
	});
	return fields;
}

/**
 * A sensitive field's value must not reach a line: lines are copied and read
 * aloud. Reports each `{name}` of a sensitive field used in a `:say`/`:ask`.
 */
export function reportSensitivePlaceholders(script: Parent, fields: readonly ScriptField[], file: VFile): void {
	const sensitive = new Set(fields.filter((one) => one.sensitive).map((one) => one.name));
	if (sensitive.size === 0) return;
	visitParents(script, 'textDirective', (line: TextDirective) => {
		if (line.name !== 'say' && line.name !== 'ask') return;
		for (const match of toString(line).matchAll(/\{(\p{L}[\p{L}\p{N}_-]*)\}/gu)) {
			const name = (match[1] ?? '').toLowerCase();
			if (!sensitive.has(name)) continue;
			report(file, line, {
				rule: 'field/sensitive-in-line',
				reason: `Unexpected \`{${name}}\` in a \`:${line.name}\` line: the field \`${name}\` is sensitive, and lines are copied and said aloud.`,
				fix: `Leave the value out of the line (e.g. "the card ending in the digits you gave"), or remove \`sensitive\` from the field if it may be repeated.`,
			});
		}
	});
}

/** Renders a field: its label, what a sensitive one says (`notKept`, " (not kept)") and its box. */
function render(node: TextDirective, name: string, notKept: string | undefined): void {
	const label = node.children;
	const sensitive = notKept !== undefined;
	node.children = [
		inline('span', { className: ['rapport-field__label'] }, [
			...label,
			...(sensitive ? [inline('span', { className: ['rapport-field__sensitive'] }, [text(notKept)])] : []),
		]),
		inline(
			'input',
			{
				type: 'text',
				className: ['rapport-field'],
				dataPlaceholderInput: name,
				dataField: name,
				dataSensitive: sensitive ? '' : undefined,
				autoComplete: 'off',
				spellCheck: 'false',
			},
			[],
		),
	];
	renderAs(node, 'label', {
		dataPlaybook: 'field',
		id: name,
		className: ['rapport-script__field', 'rapport-script__field--inline'],
	});
}
