/**
 * A language's name as another language writes it, for "not translated yet:
 * in English" notes: `('en', 'fr')` → `anglais`, `('en', 'de')` → `Englisch`;
 * the tag itself where the runtime has no name for it.
 */
export function languageName(lang: string, inLang: string): string {
	try {
		return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
	} catch {
		return lang;
	}
}
