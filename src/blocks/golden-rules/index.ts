import type { ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../../directives/block.ts';
import { labelText, listsIn, renderAs, splitLabel } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import { blockTitle } from '../../directives/title.ts';

const example = '`1. **Be in control**: lead the call to a good close.`';

/**
 * `:::golden-rules[label]`: optional intro paragraphs, then exactly one list;
 * each item is a rule (`data-playbook-rule`), a leading bold phrase its name.
 */
export const goldenRules: Block = {
	name: 'golden-rules',
	type: 'containerDirective',
	styles: new URL('./golden-rules.css', import.meta.url).pathname,
	transform(node, { file, settings }) {
		const { t } = settings;
		if (node.type !== 'containerDirective') return;
		const { label, body } = splitLabel(node);
		const [list, ...extra] = listsIn(body);
		if (!list) {
			report(file, node, {
				rule: 'golden-rules/no-list',
				reason: 'Unexpected golden-rules block without a list, expected one list of rules.',
				fix: `Write each rule as a list item, e.g. ${example}`,
			});
			return;
		}
		for (const second of extra) {
			report(file, second, {
				rule: 'golden-rules/extra-list',
				reason: 'Unexpected second list in golden-rules, expected exactly one list of rules.',
				fix: 'Merge it into the first list, or move it out of the block.',
			});
		}
		if (list.children.every((item) => toString(item).trim() === '')) {
			report(file, list, {
				rule: 'golden-rules/empty-list',
				reason: 'Unexpected empty list in golden-rules, expected at least one rule.',
				fix: `Write the rule after the list marker, e.g. ${example}`,
			});
		}
		list.children.forEach(markRule);
		renderAs(list, list.ordered ? 'ol' : 'ul', { className: ['rapport-rules'] });
		const title = blockTitle(label, t('rapport.goldenRules.untitled'));
		node.children = [title, ...body];
		renderAs(node, 'section', {
			dataPlaybook: 'golden-rules',
			id: node.attributes?.id || undefined,
			ariaLabel: labelText(label) || t('rapport.goldenRules.untitled'),
			className: ['rapport-block', 'rapport-golden-rules'],
		});
	},
};

/** Marks a list item as a rule and its leading bold phrase as the rule's name. */
function markRule(item: ListItem): void {
	renderAs(item, 'li', { dataPlaybookRule: '' });
	const first = item.children[0];
	const lead = first?.type === 'paragraph' ? first.children[0] : undefined;
	if (lead?.type === 'strong') renderAs(lead, 'strong', { className: ['rapport-rule-name'] });
}
