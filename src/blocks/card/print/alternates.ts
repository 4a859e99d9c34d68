import type { PlaybookLocale } from '../../../i18n/locales.ts';

/** This page in another language of the playbook: `<link rel="alternate" hreflang>`, and the link the toolbar offers. */
export interface Alternate {
	locale: PlaybookLocale;
	href: string;
}
