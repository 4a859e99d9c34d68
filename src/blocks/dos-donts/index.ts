import type { ContainerDirective } from 'mdast-util-directive';
import type { RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { Block } from '../../directives/block.ts';
import { labelText, listsIn, renderAs, splitLabel } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import { blockTitle } from '../../directives/title.ts';
import type { Translate } from '../../i18n/translate.ts';

type Side = 'do' | 'dont';

/**
 * `::::dos-donts[label]` holding at most one `:::do` and one `:::dont`, in either
 * order, each with one list. Other content (an intro) is kept as written.
 */
export const dosDonts: Block = {
	name: 'dos-donts',
	type: 'containerDirective',
	styles: new URL('./dos-donts.css', import.meta.url).pathname,
	transform(node, { file, settings }) {
		const { t } = settings;
		if (node.type !== 'containerDirective') return;
		const { label, body } = splitLabel(node);
		const seen = new Set<Side>();
		for (const side of body.filter(isSide)) {
			if (seen.has(side.name)) {
				report(file, side, {
					rule: 'dos-donts/duplicate-side',
					reason: `Unexpected second \`:::${side.name}\` in dos-donts, expected one \`:::do\` and one \`:::dont\` at most.`,
					fix: `Move its items into the first \`:::${side.name}\` list.`,
				});
			}
			seen.add(side.name);
			renderSide(side, file, t);
		}
		if (seen.size === 0) {
			report(file, node, {
				rule: 'dos-donts/empty',
				reason: 'Unexpected dos-donts block without `:::do` or `:::dont`, expected at least one of them.',
				fix: 'Inside it, write `:::do`, a list, `:::` (and likewise `:::dont`), and close the block with `::::`.',
			});
		}
		node.children = [blockTitle(label, t('rapport.dosDonts.untitled')), ...body];
		renderAs(node, 'section', {
			dataPlaybook: 'dos-donts',
			id: node.attributes?.id || undefined,
			ariaLabel: labelText(label) || t('rapport.dosDonts.untitled'),
			className: ['rapport-block', 'rapport-dos-donts'],
		});
	},
};

/** `:::do` and `:::dont` are known names, but only inside `dos-donts`. */
export const doSide: Block = { name: 'do', type: 'containerDirective', inside: 'dos-donts' };
export const dontSide: Block = { name: 'dont', type: 'containerDirective', inside: 'dos-donts' };

function isSide(node: RootContent): node is ContainerDirective & { name: Side } {
	return node.type === 'containerDirective' && (node.name === 'do' || node.name === 'dont');
}

function renderSide(side: ContainerDirective & { name: Side }, file: VFile, t: Translate): void {
	const { label, body } = splitLabel(side);
	const [list, ...extra] = listsIn(body);
	if (!list) {
		report(file, side, {
			rule: 'dos-donts/no-list',
			reason: `Unexpected \`:::${side.name}\` without a list, expected one list of things to ${side.name === 'do' ? 'do' : 'avoid'}.`,
			fix: 'Write each one as a list item, e.g. `- Listen for cues.`',
		});
	}
	for (const second of extra) {
		report(file, second, {
			rule: 'dos-donts/extra-list',
			reason: `Unexpected second list in \`:::${side.name}\`, expected exactly one list.`,
			fix: 'Merge it into the first list.',
		});
	}
	side.children = [
		blockTitle(label, t(side.name === 'do' ? 'rapport.dosDonts.do' : 'rapport.dosDonts.dont'), {
			className: ['rapport-title', `rapport-title--${side.name}`],
		}),
		...body,
	];
	renderAs(side, 'div', {
		dataPlaybook: side.name,
		id: side.attributes?.id || undefined,
		className: ['rapport-side', `rapport-side--${side.name}`],
	});
}
