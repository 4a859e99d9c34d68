import type { VFile } from 'vfile';
import { attribute, type AttributeSchemas } from '../../directives/attributes.ts';
import type { Directive } from '../../directives/nodes.ts';
import { channelNames } from '../../content/frontmatter.ts';
import type { StringValues } from '../../i18n/translate.ts';

/** `{phone}`, `{chat email}`: the channels a line is for, each name written alone. */
export const channelAttributes: AttributeSchemas = Object.fromEntries(channelNames.map((name) => [name, attribute.flag]));

/** The channels `node` is written for, in the contract's order; empty for a line for every channel. */
export function lineChannels(node: Directive): string[] {
	const attributes = node.attributes ?? {};
	return channelNames.filter((name) => typeof attributes[name] === 'string');
}

/** The channels the page's frontmatter names (`channels: [phone, chat]`), known names only; empty when it names none. */
export function pageChannels(file: VFile): string[] {
	const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
	const written = frontmatter?.['channels'];
	return Array.isArray(written) ? channelNames.filter((name) => written.includes(name)) : [];
}

/** A channel in an author's message (English, as messages are): `in-person` → "in person". */
export function channelWords(name: string): string {
	return name.replace(/-/g, ' ');
}

/** Channels as a list in words, for an author's message: "chat or email". */
export function channelList(names: readonly string[], joiner = 'or'): string {
	const words = names.map(channelWords);
	return words.length > 1 ? `${words.slice(0, -1).join(', ')} ${joiner} ${words.at(-1)}` : (words[0] ?? '');
}

/** Channels as a list in the page's words, for a line's label: "chat or email", "chat ou e-mail". */
export function channelsInText(names: readonly string[], t: (key: string, values?: StringValues) => string): string {
	const words = names.map((name) => t(`rapport.say.inText.${name}`));
	const last = words.pop() ?? '';
	return words.length ? t('rapport.say.channelsOr', { list: words.join(', '), last }) : last;
}
