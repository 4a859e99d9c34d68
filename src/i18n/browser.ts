import { translator, type StringValues, type Translate } from './translate.ts';

let loaded: Translate | undefined;

/**
 * Rapport's strings in the page's language, in browser code: read from the
 * JSON that BrowserStrings.astro puts in every page. A key missing there comes
 * back as itself.
 * @example ui('rapport.script.copied')
 */
export function ui(key: string, values?: StringValues): string {
	loaded ??= load();
	return loaded(key, values);
}

/** The language of the page's strings, e.g. for dates and `Intl` in browser code. */
export function uiLang(): string {
	loaded ??= load();
	return loaded.lang;
}

function load(): Translate {
	const element = document.getElementById('rapport-strings');
	try {
		const data = JSON.parse(element?.textContent ?? '{}') as { lang?: string; strings?: Record<string, string> };
		return translator(data.lang ?? document.documentElement.lang ?? 'en', data.strings ?? {});
	} catch {
		return translator(document.documentElement.lang || 'en', {});
	}
}
