import { slotPattern } from './slots.ts';

/** UI strings of one language, by key (`rapport.search.noResults`). */
export type Dictionary = Record<string, string>;

/** Strings by language tag, as Starlight's `injectTranslations` takes them. */
export type Dictionaries = Record<string, Dictionary>;

/** Values for a string's `{{name}}` slots; a number `count` also picks the plural form (`key_one`, `key_other`). */
export type StringValues = Record<string, string | number>;

/** Looks up a UI string of one language and fills its `{{name}}` slots. */
export interface Translate {
	(key: string, values?: StringValues): string;
	/** The language the strings are in. */
	readonly lang: string;
}

/**
 * A language's strings, with what each falls back to: a string missing in
 * `fr-CA` is taken from `fr`, then from the default language, then from
 * English, so a team may translate part of them. Layers later in `sources`
 * win (Rapport's strings, then the team's overrides).
 */
export function resolveDictionary(lang: string, defaultLang: string, sources: readonly Dictionaries[]): Dictionary {
	const chain = unique(['en', baseLang(defaultLang), defaultLang, baseLang(lang), lang]);
	const resolved: Dictionary = {};
	for (const tag of chain) for (const source of sources) Object.assign(resolved, nonEmpty(source[tag]));
	return resolved;
}

/** A {@link Translate} over one resolved dictionary; an unknown key comes back as itself, so it shows and is noticed. */
export function translator(lang: string, dictionary: Dictionary): Translate {
	const plural = new Intl.PluralRules(lang);
	const t = (key: string, values?: StringValues) => {
		const count = values?.['count'];
		// The language's plural form (`_one`, `_few`, `_many`…), else `_other`.
		const form = typeof count === 'number' ? (dictionary[`${key}_${plural.select(count)}`] ?? dictionary[`${key}_other`]) : undefined;
		return fill(form ?? dictionary[key] ?? key, values);
	};
	return Object.assign(t, { lang });
}

/** Fills `{{name}}` slots (i18next's syntax, as Starlight's own strings use); a slot without a value stays as written. */
export function fill(text: string, values?: StringValues): string {
	if (!values) return text;
	return text.replace(new RegExp(slotPattern, 'g'), (slot, name: string) => (name in values ? String(values[name]) : slot));
}

/** `fr-CA` → `fr`. */
export function baseLang(lang: string): string {
	return lang.split('-')[0]?.toLowerCase() ?? lang;
}

function nonEmpty(dictionary: Dictionary | undefined): Dictionary {
	return Object.fromEntries(Object.entries(dictionary ?? {}).filter(([, value]) => typeof value === 'string' && value !== ''));
}

function unique(tags: string[]): string[] {
	return [...new Set(tags)];
}
