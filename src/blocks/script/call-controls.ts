import type { BlockContent, Parent, PhrasingContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import { channelNames } from '../../content/frontmatter.ts';
import { element, inline, text } from '../../directives/nodes.ts';
import type { Translate } from '../../i18n/translate.ts';
import { lineChannels } from '../say/channels.ts';
import { channelLabel } from './channel-label.ts';

/*
 * The controls of a call, rendered with the page so nothing moves when the
 * browser script wires them (a click meant for one line cannot land on
 * another): the status line with Back, New call and Copy notes, the channel
 * switch, and an answer box under each question.
 */

/** The status line and its buttons; the buttons work once the browser script runs. */
export function statusBar(stepCount: number, t: Translate): BlockContent {
	return element('div', { className: ['rapport-script__where'] }, [
		element('p', { className: ['rapport-script__progress'], role: 'status' }, [text(t('rapport.script.notStarted', { count: stepCount }))]),
		control(t('rapport.script.back'), 'B', 'rapport-script__back'),
		control(t('rapport.script.newCall'), 'R', 'rapport-script__new-call'),
		control(t('rapport.script.copyNotes'), 'N', 'rapport-script__notes'),
	]);
}

/**
 * The channel switch, when the script has lines for some channels only or
 * its page (`channels`) is for more than one: the page's channels, else all.
 */
export function channelSwitch(script: ContainerDirective, id: string, onPage: readonly string[], t: Translate): BlockContent[] {
	let someOnly = false;
	visitParents(script, 'textDirective', (line: TextDirective) => {
		if ((line.name === 'say' || line.name === 'ask') && lineChannels(line).length > 0) someOnly = true;
	});
	if (onPage.length < 2 && !someOnly) return [];
	const offered = onPage.length ? onPage : channelNames;
	return [
		element('fieldset', { className: ['rapport-script__channel'] }, [
			element('legend', {}, [text(t('rapport.script.channel'))]),
			...offered.map((channel) =>
				element('label', {}, [
					inline('input', { type: 'radio', name: `rapport-channel-${id}`, value: channel, disabled: true }, []),
					text(` ${channelLabel(channel, t)}`),
				]),
			),
		]),
	];
}

/**
 * Gives each `:ask` of `step` what answers it: the `:field` right after it
 * (`data-answer-field`), else a new box after the line (`data-answer`, kept
 * under `<step id>/<question number>`).
 */
export function answerBoxes(step: ContainerDirective, stepId: string, t: Translate): void {
	const asksAndFields: { node: TextDirective; parent: Parent }[] = [];
	visitParents(step, 'textDirective', (node: TextDirective, ancestors) => {
		if (node.name === 'ask' || node.name === 'field') asksAndFields.push({ node, parent: ancestors.at(-1) as Parent });
	});
	asksAndFields.forEach(({ node, parent }, index) => {
		if (node.name !== 'ask') return;
		const next = asksAndFields[index + 1]?.node;
		const field = next?.name === 'field' ? next.data?.hProperties?.['id'] : undefined;
		// Properties only: the `ask` block renders the line itself, later.
		if (typeof field === 'string') {
			addProperties(node, { dataAnswerField: field });
			return;
		}
		const key = `${stepId}/${index + 1}`;
		addProperties(node, { dataAnswer: key });
		const box: PhrasingContent = inline(
			'input',
			{
				type: 'text',
				className: ['rapport-field', 'rapport-answer'],
				dataAnswerFor: key,
				autoComplete: 'off',
				placeholder: t('rapport.script.answer'),
				ariaLabel: t('rapport.script.answerTo', { question: toString(node).trim() }),
			},
			[],
		);
		parent.children.splice(parent.children.indexOf(node) + 1, 0, box as never);
	});
}

function addProperties(node: TextDirective, properties: Record<string, string>): void {
	node.data = { ...node.data, hProperties: { ...node.data?.hProperties, ...properties } };
}

function control(label: string, key: string, className: string): BlockContent {
	return element('button', { type: 'button', className: ['rapport-control', className], ariaKeyshortcuts: key, disabled: true }, [
		text(`${label} `),
		inline('kbd', { ariaHidden: 'true' }, [text(key)]),
	]);
}
