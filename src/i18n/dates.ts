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
