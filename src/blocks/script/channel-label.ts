import type { StringValues } from '../../i18n/translate.ts';

/** A channel as the switch and the call notes name it, in the page's language: `in-person` → "In person", "En personne". */
export function channelLabel(name: string, t: (key: string, values?: StringValues) => string): string {
	return t(`rapport.say.channel.${name}`);
}
