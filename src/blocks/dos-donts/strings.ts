import { defineStrings } from '../../i18n/define-strings.ts';

/** Strings rendered into pages at build time. */
export const strings = defineStrings({
	en: {
		'rapport.dosDonts.untitled': 'Dos and don’ts',
		'rapport.dosDonts.do': 'Do',
		'rapport.dosDonts.dont': 'Don’t',
	},
	fr: {
		'rapport.dosDonts.untitled': 'À faire et à éviter',
		'rapport.dosDonts.do': 'À faire',
		'rapport.dosDonts.dont': 'À éviter',
	},
	es: {
		'rapport.dosDonts.untitled': 'Qué hacer y qué evitar',
		'rapport.dosDonts.do': 'Qué hacer',
		'rapport.dosDonts.dont': 'Qué evitar',
	},
	de: {
		'rapport.dosDonts.untitled': 'Richtig und falsch',
		'rapport.dosDonts.do': 'So ja',
		'rapport.dosDonts.dont': 'So nicht',
	},
});

/** Strings this area's browser code shows (sent with every page; see `browserStrings` in src/i18n/catalog.ts). */
export const browserStrings = defineStrings({ en: {}, fr: {}, es: {}, de: {} });
