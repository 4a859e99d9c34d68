import { isoDate } from '../content/review.ts';

/**
 * A calendar date (`2026-11-20`, or a Date at midnight UTC as YAML reads one)
 * written the way the language writes dates: "20 November 2026", "20 novembre 2026"
 * (`medium`: "20 Nov 2026", "20 nov. 2026").
 */
export function formatDate(date: Date | string, lang: string, style: 'long' | 'medium' = 'long'): string {
	const value = typeof date === 'string' ? new Date(`${date.slice(0, 10)}T00:00:00Z`) : date;
	if (Number.isNaN(value.getTime())) return String(date);
	// A bare `en` is written as the playbook's English is (British: "1 October 2026"); `en-US` writes "October 1, 2026".
	return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { dateStyle: style, timeZone: 'UTC' }).format(value);
}

/**
 * A date in a string's slots, both ways: `{{date}}` as the language writes it
 * ("1 octobre 2026"), `{{isoDate}}` as authors write it (2026-10-01).
 * @example t('rapport.card.reviewed', dateValues(reviewed, t.lang))
 */
export function dateValues(date: Date, lang: string): { date: string; isoDate: string } {
	return { date: formatDate(date, lang), isoDate: isoDate(date) };
}
