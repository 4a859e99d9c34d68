import type { ListItem } from 'mdast';
import type { Block } from '../../directives/block.ts';
import { identify } from '../../directives/ids.ts';
import { element, listsIn, renderAs, text } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import { blockTitle } from '../../directives/title.ts';

/**
 * `:::checklist[label]{#id}`: one list whose items become boxes to tick.
 * `- [x]` starts ticked; `- [ ]` and plain items start empty. The browser script
 * keeps ticks per page and id, and shows the reset control.
 */
export const checklist: Block = {
	name: 'checklist',
	type: 'containerDirective',
	styles: new URL('./checklist.css', import.meta.url).pathname,
	script: new URL('./checklist-client.ts', import.meta.url).pathname,
	transform(node, context) {
		if (node.type !== 'containerDirective') return;
		const { file, settings } = context;
		const { t } = settings;
		const { label, body, name, id } = identify(node, context, 'checklist');
		const [list, ...extra] = listsIn(body);
		if (!list) {
			report(file, node, {
				rule: 'checklist/no-list',
				reason: 'Unexpected checklist without a list, expected one list of things to check.',
				fix: 'Write each check as a list item, e.g. `- [ ] I have named my biases.`',
			});
			return;
		}
		for (const second of extra) {
			report(file, second, {
				rule: 'checklist/extra-list',
				reason: 'Unexpected second list in checklist, expected exactly one list.',
				fix: 'Merge it into the first list, or start a second `:::checklist` for it.',
			});
		}
		list.children.forEach((item, index) => toCheckbox(item, `${id}-${index}`));
		renderAs(list, 'ul', { className: ['rapport-checklist__items'] });
		const reset = element('button', { type: 'button', className: ['rapport-control'], dataRapportReset: '', hidden: true }, [
			text(t('rapport.checklist.clear')),
		]);
		node.children = [blockTitle(label, t('rapport.checklist.untitled')), ...body, reset];
		renderAs(node, 'section', {
			dataPlaybook: 'checklist',
			id,
			ariaLabel: name || t('rapport.checklist.untitled'),
			className: ['rapport-block', 'rapport-checklist'],
		});
	},
};

/** Turns a list item into `<li><label><input type=checkbox> text</label></li>`. */
function toCheckbox(item: ListItem, inputId: string): void {
	const checked = item.checked === true;
	// GFM renders its own disabled box for task items: this block draws the box instead.
	item.checked = null;
	const box = element('input', { type: 'checkbox', id: inputId, checked, className: ['rapport-paper-box'] }, []);
	const [first, ...rest] = item.children;
	const words = first?.type === 'paragraph' ? first.children : [];
	const labelled = element('label', { htmlFor: inputId }, [box, element('span', {}, words)]);
	item.children = first?.type === 'paragraph' ? [labelled, ...rest] : [labelled, ...item.children];
	renderAs(item, 'li', { className: ['rapport-check'] });
}
