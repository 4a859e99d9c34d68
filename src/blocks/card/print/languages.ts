import { isoDate } from '../../../content/review.ts';
import { formatDate } from '../../../i18n/dates.ts';
import type { PlaybookLocale } from '../../../i18n/locales.ts';
import { fill, type Translate } from '../../../i18n/translate.ts';

/** This page in another language of the playbook: `<link rel="alternate" hreflang>`, and the link the toolbar offers. */
export interface Alternate {
	locale: PlaybookLocale;
	href: string;
}

/** A language's name as `inLang` writes it: `('en', 'fr')` → `anglais`; the tag itself where the runtime has no name for it. */
export function languageName(lang: string, inLang: string): string {
	try {
		return new Intl.DisplayNames([inLang], { type: 'language' }).of(lang) ?? lang;
	} catch {
		return lang;
	}
}

/**
 * A date in a string's slots, both ways: `{{date}}` as the language writes it
 * ("1 octobre 2026"), `{{isoDate}}` as authors write it (2026-10-01).
 * @example t('rapport.card.reviewed', dateValues(reviewed, t.lang))
 */
export function dateValues(date: Date, lang: string): { date: string; isoDate: string } {
	return { date: formatDate(date, lang), isoDate: isoDate(date) };
}

/**
 * A string with HTML in its slots (`{{syntax}}` → `<code>…</code>`), for
 * `set:html`: the string itself (a team may override it) is escaped first.
 */
export function htmlString(t: Translate, key: string, html: Record<string, string>): string {
	return fill(escapeHtml(t(key)), html);
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
