import type { Dictionary } from './translate.ts';

/** The languages Rapport's own strings come in; a team adds others in `src/content/i18n/<lang>.json`. */
export const builtInLanguages = ['en', 'fr', 'es', 'de'] as const;

/** One area's UI strings in every built-in language. */
export type AreaStrings<Key extends string = string> = Record<(typeof builtInLanguages)[number], Record<Key, string>>;

/**
 * An area's UI strings (keys `rapport.<area>.<name>`), English first: the type
 * makes every other built-in language give every key English has.
 * @example defineStrings({ en: { 'rapport.quiz.check': 'Check' }, fr: { 'rapport.quiz.check': 'Vérifier' }, es: …, de: … })
 */
export function defineStrings<Key extends string>(strings: { en: Record<Key, string> } & Omit<AreaStrings<Key>, 'en'>): AreaStrings<Key> {
	return strings;
}

/** The strings of every area, one dictionary per built-in language (French spaced as French is, see {@link frenchSpacing}). */
export function mergeStrings(areas: readonly AreaStrings[]): Record<string, Dictionary> {
	const merged: Record<string, Dictionary> = {};
	for (const area of areas) {
		for (const [lang, strings] of Object.entries(area)) {
			const spaced = lang === 'fr' ? Object.fromEntries(Object.entries(strings).map(([key, text]) => [key, frenchSpacing(text)])) : strings;
			Object.assign((merged[lang] ??= {}), spaced);
		}
	}
	return merged;
}

/**
 * French punctuation as French typesetting has it: a space that never breaks
 * before `:`, `;`, `?`, `!` and inside « », so a line never starts with a
 * colon ("Dites :" stays whole).
 */
export function frenchSpacing(text: string): string {
	return text.replace(/[ \u202f]+([:;?!»])/g, '\u00a0$1').replace(/«[ \u202f]+/g, '«\u00a0');
}
