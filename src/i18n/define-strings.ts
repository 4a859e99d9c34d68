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

/** The strings of every area, one dictionary per built-in language. */
export function mergeStrings(areas: readonly AreaStrings[]): Record<string, Dictionary> {
	const merged: Record<string, Dictionary> = {};
	for (const area of areas) for (const [lang, strings] of Object.entries(area)) Object.assign((merged[lang] ??= {}), strings);
	return merged;
}
