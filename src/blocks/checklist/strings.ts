import { defineStrings } from '../../i18n/define-strings.ts';

/** Strings rendered into pages at build time. */
export const strings = defineStrings({
	en: {
		'rapport.checklist.untitled': 'Checklist',
		'rapport.checklist.clear': 'Clear all ticks',
	},
	fr: {
		'rapport.checklist.untitled': 'Liste de contrôle',
		'rapport.checklist.clear': 'Tout décocher',
	},
	es: {
		'rapport.checklist.untitled': 'Lista de comprobación',
		'rapport.checklist.clear': 'Desmarcar todo',
	},
	de: {
		'rapport.checklist.untitled': 'Checkliste',
		'rapport.checklist.clear': 'Alle Häkchen entfernen',
	},
});

/** Strings this area's browser code shows (sent with every page; see `browserStrings` in src/i18n/catalog.ts). */
export const browserStrings = defineStrings({ en: {}, fr: {}, es: {}, de: {} });
