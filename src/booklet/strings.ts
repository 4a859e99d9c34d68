import { defineStrings } from '../i18n/define-strings.ts';

/**
 * Strings rendered into the booklet at build time. `{{isoDate}}` is a date
 * written 2026-10-01, `{{date}}` the language's long form ("1 octobre 2026").
 * In `pageOf`, `{{page}}` and `{{pages}}` are the printer's page counters.
 */
export const strings = defineStrings({
	en: {
		'rapport.booklet.kind': 'Training booklet',
		'rapport.booklet.title': 'Training booklet: {{header}}',
		'rapport.booklet.cover': 'Cover',
		'rapport.booklet.built': 'Built {{isoDate}}',
		'rapport.booklet.pages_one': '{{count}} page',
		'rapport.booklet.pages_other': '{{count}} pages',
		'rapport.booklet.cards_one': '{{count}} desk card',
		'rapport.booklet.cards_other': '{{count}} desk cards',
		'rapport.booklet.contents': 'Contents',
		'rapport.booklet.appendix': 'Appendix: desk cards',
		'rapport.booklet.noCards': 'No desk cards in these pages.',
		'rapport.booklet.pageOf': 'Page {{page}} of {{pages}}',
		'rapport.booklet.untranslated': 'Not translated yet: in {{language}}.',
	},
	fr: {
		'rapport.booklet.kind': 'Livret de formation',
		'rapport.booklet.title': 'Livret de formation : {{header}}',
		'rapport.booklet.cover': 'Couverture',
		'rapport.booklet.built': 'Généré le {{date}}',
		'rapport.booklet.pages_one': '{{count}} page',
		'rapport.booklet.pages_other': '{{count}} pages',
		'rapport.booklet.cards_one': '{{count}} fiche mémo',
		'rapport.booklet.cards_other': '{{count}} fiches mémo',
		'rapport.booklet.contents': 'Sommaire',
		'rapport.booklet.appendix': 'Annexe : fiches mémo',
		'rapport.booklet.noCards': 'Aucune fiche mémo dans ces pages.',
		'rapport.booklet.pageOf': 'Page {{page}} sur {{pages}}',
		'rapport.booklet.untranslated': 'Pas encore traduite : en {{language}}.',
	},
	es: {
		'rapport.booklet.kind': 'Cuaderno de formación',
		'rapport.booklet.title': 'Cuaderno de formación: {{header}}',
		'rapport.booklet.cover': 'Portada',
		'rapport.booklet.built': 'Generado el {{date}}',
		'rapport.booklet.pages_one': '{{count}} página',
		'rapport.booklet.pages_other': '{{count}} páginas',
		'rapport.booklet.cards_one': '{{count}} ficha de consulta',
		'rapport.booklet.cards_other': '{{count}} fichas de consulta',
		'rapport.booklet.contents': 'Índice',
		'rapport.booklet.appendix': 'Anexo: fichas de consulta',
		'rapport.booklet.noCards': 'No hay fichas de consulta en estas páginas.',
		'rapport.booklet.pageOf': 'Página {{page}} de {{pages}}',
		'rapport.booklet.untranslated': 'Aún sin traducir: en {{language}}.',
	},
	de: {
		'rapport.booklet.kind': 'Schulungsheft',
		'rapport.booklet.title': 'Schulungsheft: {{header}}',
		'rapport.booklet.cover': 'Titelseite',
		'rapport.booklet.built': 'Erstellt am {{date}}',
		'rapport.booklet.pages_one': '{{count}} Seite',
		'rapport.booklet.pages_other': '{{count}} Seiten',
		'rapport.booklet.cards_one': '{{count}} Merkkarte',
		'rapport.booklet.cards_other': '{{count}} Merkkarten',
		'rapport.booklet.contents': 'Inhalt',
		'rapport.booklet.appendix': 'Anhang: Merkkarten',
		'rapport.booklet.noCards': 'Keine Merkkarten auf diesen Seiten.',
		'rapport.booklet.pageOf': 'Seite {{page}} von {{pages}}',
		'rapport.booklet.untranslated': 'Noch nicht übersetzt: auf {{language}}.',
	},
});

/**
 * Strings this area's browser code shows (sent with every page; see
 * `browserStrings` in src/i18n/catalog.ts): the page a link leads to, after
 * the link, filled in by `booklet:pdf`.
 */
export const browserStrings = defineStrings({
	en: { 'rapport.booklet.pageRef': 'page {{number}}' },
	fr: { 'rapport.booklet.pageRef': 'page {{number}}' },
	es: { 'rapport.booklet.pageRef': 'página {{number}}' },
	de: { 'rapport.booklet.pageRef': 'Seite {{number}}' },
});
