import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { browserKeys, rapportStrings } from './catalog.ts';
import { englishOnly, localeOfPath, type PlaybookLocale, type PlaybookLocales } from './locales.ts';
import { resolveDictionary, translator, type Dictionaries, type Dictionary, type Translate } from './translate.ts';

/** The playbook's languages and Rapport's strings in each, the team's overrides applied. */
export interface SiteI18n {
	locales: PlaybookLocales;
	/** Every string, by language tag of each locale. */
	dictionaries: Record<string, Dictionary>;
	/** The keys browser code reads. */
	browserKeys: readonly string[];
}

/**
 * Rapport's strings for each of the site's languages. `overrides` are the
 * team's own, from Starlight's `src/content/i18n/<lang>.json` (see
 * {@link readStringOverrides}): they win over Rapport's.
 */
export function siteI18n(locales: PlaybookLocales = englishOnly, overrides: Dictionaries = {}): SiteI18n {
	const dictionaries = Object.fromEntries(
		locales.all.map((locale) => [locale.lang, resolveDictionary(locale.lang, locales.default.lang, [rapportStrings, overrides])]),
	);
	return { locales, dictionaries, browserKeys };
}

/** The strings of a language of the site (a language it does not have gets the default language's). */
export function translatorFor(i18n: SiteI18n, lang: string | undefined): Translate {
	const known = lang && i18n.dictionaries[lang] ? lang : i18n.locales.default.lang;
	return translator(known, i18n.dictionaries[known] ?? {});
}

/**
 * A sidebar link's label as Starlight's sidebar takes it: in the default
 * language, with `translations` for each other language of the site (the
 * team's overrides included).
 */
export function sidebarLabel(i18n: SiteI18n, key: string): { label: string; translations: Record<string, string> } {
	const translations = Object.fromEntries(i18n.locales.all.map((locale) => [locale.lang, translatorFor(i18n, locale.lang)(key)]));
	return { label: translatorFor(i18n, i18n.locales.default.lang)(key), translations };
}

/** The locale and strings of a page, from its path inside the playbook folder. */
export function pageLanguage(i18n: SiteI18n, pathInPlaybook: string): { locale: PlaybookLocale; t: Translate } {
	const locale = localeOfPath(pathInPlaybook, i18n.locales);
	return { locale, t: translatorFor(i18n, locale.lang) };
}

/**
 * The team's strings from Starlight's i18n folder (`src/content/i18n/fr.json`,
 * `.yml` or `.yaml`), by the file's name. Read as Starlight reads them, so one
 * file overrides Starlight's strings and Rapport's alike.
 */
export function readStringOverrides(srcDir: string): Dictionaries {
	const folder = join(srcDir, 'content', 'i18n');
	let files: string[];
	try {
		files = readdirSync(folder);
	} catch {
		return {};
	}
	const overrides: Dictionaries = {};
	for (const file of files) {
		const { name, ext } = parse(file);
		if (!['.json', '.yml', '.yaml'].includes(ext)) continue;
		const text = readFileSync(join(folder, file), 'utf8');
		const data: unknown = ext === '.json' ? JSON.parse(text) : parseYaml(text);
		if (data && typeof data === 'object') {
			overrides[name] = Object.fromEntries(Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
		}
	}
	return overrides;
}

let configured: SiteI18n | undefined;

/** Remembers the languages the site was configured with (Rapport's Starlight plugin does, on setup). */
export function rememberI18n(i18n: SiteI18n): void {
	configured = i18n;
}

/** Whether Starlight has set Rapport up (and so its languages are known). */
export function isI18nConfigured(): boolean {
	return configured !== undefined;
}

/** The languages and strings the site was configured with, once Starlight has set Rapport up; English only otherwise. */
export function configuredI18n(): SiteI18n {
	return configured ?? siteI18n();
}
