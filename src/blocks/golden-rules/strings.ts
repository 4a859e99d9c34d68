import { defineStrings } from '../../i18n/define-strings.ts';

/** Strings rendered into pages at build time. */
export const strings = defineStrings({
	en: { 'rapport.goldenRules.untitled': 'Golden rules' },
	fr: { 'rapport.goldenRules.untitled': 'Règles d’or' },
	es: { 'rapport.goldenRules.untitled': 'Reglas de oro' },
	de: { 'rapport.goldenRules.untitled': 'Goldene Regeln' },
});

/** Strings this area's browser code shows (sent with every page; see `browserStrings` in src/i18n/catalog.ts). */
export const browserStrings = defineStrings({ en: {}, fr: {}, es: {}, de: {} });
