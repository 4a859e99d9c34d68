import type { Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Block, BlockContext, PlaybookSettings } from '../../directives/block.ts';
import { inline, renderAs, text } from '../../directives/nodes.ts';
import { report } from '../../directives/problems.ts';
import { findAvoidedWords } from '../../words/avoid.ts';
import { commonAttributes } from '../../directives/attributes.ts';
import { channelAttributes, channelList, channelsInText, lineChannels, pageChannels } from './channels.ts';
import { spokenOnlyWords } from './spoken-words.ts';
import { markPlaceholders } from './placeholders.ts';

type LineKind = 'say' | 'ask';

/** `:say[…]`: a line for the agent to say, with a copy control; `{chat email}` makes it a line for those channels only. */
export const say: Block = lineBlock('say');
/** `:ask[…]`: a question for the agent to ask, with a copy control; channels as for `:say`. */
export const ask: Block = lineBlock('ask');

function lineBlock(kind: LineKind): Block {
	return {
		name: kind,
		type: 'textDirective',
		attributes: { ...commonAttributes, ...channelAttributes },
		styles: new URL('./say.css', import.meta.url).pathname,
		script: new URL('./lines-client.ts', import.meta.url).pathname,
		transform: (node, context) => {
			if (node.type === 'textDirective') renderLine(node, kind, context);
		},
	};
}

function renderLine(node: TextDirective, kind: LineKind, { file, settings, parent }: BlockContext): void {
	// `:say[words` with no `]`: the directive syntax check reports the unclosed label.
	const next = parent.children[parent.children.indexOf(node) + 1];
	const unclosed = node.children.length === 0 && next?.type === 'text' && /^[[{]/.test(next.value);
	if (unclosed) return;
	if (toString(node).trim() === '') {
		report(file, node, {
			rule: `${kind}/empty`,
			reason: `Unexpected empty \`:${kind}[]\`, expected the words to ${kind} inside the brackets.`,
			fix:
				kind === 'say'
					? 'Write e.g. `:say[Thanks for calling, this is {agent}.]`'
					: 'Write e.g. `:ask[What were you working on when it stopped?]`',
		});
		return;
	}
	reportAvoidedWords(node, kind, settings, file);
	const channels = lineChannels(node);
	reportUnseenChannels(node, kind, channels, file);
	reportSpokenWordsInWriting(node, kind, channels, settings.locale.lang, file);
	const { t } = settings;
	const words = node.children.flatMap((child) => (child.type === 'text' ? markPlaceholders(child) : [child]));
	node.children = [
		inline('span', { className: ['rapport-line__kind'] }, [
			text(channels.length ? t(`rapport.say.${kind}On`, { channels: channelsInText(channels, t) }) : t(`rapport.say.${kind}`)),
		]),
		text(' '),
		inline('q', { className: ['rapport-line__text'] }, words),
		// Not the page's words: search would otherwise find "Copy" on every script and show it in snippets.
		inline(
			'button',
			{ type: 'button', className: ['rapport-copy', 'rapport-control'], dataCopy: '', dataPagefindIgnore: '', hidden: true },
			[text(t('rapport.say.copy'))],
		),
	];
	renderAs(node, 'span', {
		dataPlaybook: kind,
		dataChannels: channels.length ? channels.join(' ') : undefined,
		className: ['rapport-line', `rapport-line--${kind}`],
	});
}

/**
 * A line shown on chat or email (tagged for them, or untagged on a page for
 * them) that says "thanks for calling" or "on hold" in the page's language
 * is a warning: write a `{phone}` line and a `{chat email}` one.
 */
function reportSpokenWordsInWriting(node: TextDirective, kind: LineKind, channels: string[], lang: string, file: VFile): void {
	const shownOn = channels.length ? channels : pageChannels(file);
	const written = shownOn.filter((channel) => channel === 'chat' || channel === 'email');
	if (written.length === 0) return;
	const words = spokenOnlyWords(toString(node), lang);
	if (!words) return;
	report(file, node, {
		rule: `${kind}/spoken-words-in-writing`,
		severity: 'warning',
		reason: `Unexpected "${words}" in a \`:${kind}\` line shown on ${channelList(written, 'and')}: it only makes sense out loud.`,
		fix: `Tag this line \`{phone}\` and write one in words for writing: \`:${kind}[…]{${written.join(' ')}}\`.`,
	});
}

/** A line for a channel the page is not for would never be shown to an agent. */
function reportUnseenChannels(node: TextDirective, kind: LineKind, channels: string[], file: VFile): void {
	const onPage = pageChannels(file);
	const unseen = channels.filter((channel) => onPage.length > 0 && !onPage.includes(channel));
	if (unseen.length === 0) return;
	report(file, node, {
		rule: `${kind}/channel-not-on-page`,
		severity: 'warning',
		reason: `Unexpected \`:${kind}\` line for ${channelList(unseen)} on a page for ${channelList(onPage, 'and')}: agents never see it.`,
		fix: `Add ${unseen.map((channel) => `\`${channel}\``).join(' and ')} to the page's \`channels\`, or write the line for ${onPage.map((channel) => `\`{${channel}}\``).join(' or ')}.`,
	});
}

/** Reports each avoided word at its own line and column, with the suggestion. */
function reportAvoidedWords(node: TextDirective, kind: LineKind, { avoidWords, locale }: PlaybookSettings, file: VFile): void {
	visit(node, 'text', (textNode: Text) => {
		for (const found of findAvoidedWords(textNode.value, avoidWords, locale.lang)) {
			report(file, at(textNode, found.index), {
				rule: 'words/avoid',
				severity: 'warning',
				reason: `Unexpected "${found.written}" in a \`:${kind}\` line: customers take it literally.`,
				fix: `Say "${found.suggestion}" instead.`,
			});
		}
	});
}

/** A point `offset` characters into a text node (following its line breaks). */
function at(node: Text, offset: number): Node {
	const start = node.position?.start;
	if (!start) return node;
	const before = node.value.slice(0, offset).split('\n');
	const line = start.line + before.length - 1;
	const column = before.length === 1 ? start.column + offset : (before.at(-1)?.length ?? 0) + 1;
	const point = { line, column };
	return { type: 'text', position: { start: point, end: point } };
}
