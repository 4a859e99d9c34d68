import { defaultSynonymsByLanguage } from '../search/synonyms.ts';
import { defaultAvoidWordsByLanguage } from '../words/avoid.ts';
import { baseLang } from './translate.ts';

/** The `avoidWords` option: one list for the default language, or a list per language tag. */
export type AvoidWordsOption = Record<string, string> | Record<string, Record<string, string>>;

/** The `synonyms` option: one list for the default language, or a list per language tag. */
export type SynonymsOption = readonly string[] | Record<string, readonly string[]>;

/**
 * The words agents should not say in one language: the option's list for that
 * language (a single list is the default language's), else Rapport's own list
 * for it (English, French, Spanish, German), else none.
 */
export function avoidWordsFor(option: AvoidWordsOption | undefined, lang: string, defaultLang: string): Record<string, string> {
	const builtIn = defaultAvoidWordsByLanguage[baseLang(lang)] ?? {};
	if (!option) return builtIn;
	if (isPerLanguage(option)) return option[lang] ?? option[baseLang(lang)] ?? builtIn;
	return baseLang(lang) === baseLang(defaultLang) ? option : builtIn;
}

/** The synonym groups of one language, chosen as {@link avoidWordsFor} chooses. */
export function synonymsFor(option: SynonymsOption | undefined, lang: string, defaultLang: string): readonly string[] {
	const builtIn = defaultSynonymsByLanguage[baseLang(lang)] ?? [];
	if (!option) return builtIn;
	if (isList(option)) return baseLang(lang) === baseLang(defaultLang) ? option : builtIn;
	return option[lang] ?? option[baseLang(lang)] ?? builtIn;
}

function isPerLanguage(option: AvoidWordsOption): option is Record<string, Record<string, string>> {
	return Object.values(option).some((value) => typeof value === 'object');
}

function isList(option: SynonymsOption): option is readonly string[] {
	return Array.isArray(option);
}
