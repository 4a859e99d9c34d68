import { defineStrings } from '../../i18n/define-strings.ts';

/**
 * Strings rendered into pages at build time: the situations index. Its channel
 * headings are the search filter's (`rapport.search.channel.<name>`).
 * `{{language}}` is a language's name in the page's language ("anglais").
 */
export const strings = defineStrings({
	en: {
		'rapport.situations.title': 'Situations',
		'rapport.situations.description': 'Every situation the playbook handles, by channel. Call scripts first.',
		'rapport.situations.intro': 'Find the one you are in. Call scripts come first in each channel: they say what to say, step by step.',
		'rapport.situations.empty': 'No page names its situation yet. Add {{field}} to a page’s frontmatter.',
		'rapport.situations.anyChannel': 'Any channel',
		'rapport.situations.script': 'Script',
		'rapport.situations.fallback': 'in {{language}}',
	},
	fr: {
		'rapport.situations.title': 'Situations',
		'rapport.situations.description': 'Toutes les situations que traite le guide, par canal. Les scripts d’appel d’abord.',
		'rapport.situations.intro':
			'Trouvez celle dans laquelle vous êtes. Dans chaque canal, les scripts d’appel viennent en premier\u00a0: ils disent quoi dire, étape par étape.',
		'rapport.situations.empty': 'Aucune page n’indique encore sa situation. Ajoutez {{field}} à l’en-tête d’une page.',
		'rapport.situations.anyChannel': 'Tous les canaux',
		'rapport.situations.script': 'Script',
		'rapport.situations.fallback': 'en {{language}}',
	},
	es: {
		'rapport.situations.title': 'Situaciones',
		'rapport.situations.description': 'Todas las situaciones que cubre la guía, por canal. Primero los guiones de llamada.',
		'rapport.situations.intro':
			'Busca aquella en la que estás. En cada canal van primero los guiones de llamada: te dicen qué decir, paso a paso.',
		'rapport.situations.empty': 'Ninguna página indica todavía su situación. Añade {{field}} al encabezado de una página.',
		'rapport.situations.anyChannel': 'Cualquier canal',
		'rapport.situations.script': 'Guion',
		'rapport.situations.fallback': 'en {{language}}',
	},
	de: {
		'rapport.situations.title': 'Situationen',
		'rapport.situations.description': 'Alle Situationen, die der Leitfaden behandelt, nach Kanal. Gesprächsleitfäden zuerst.',
		'rapport.situations.intro':
			'Finden Sie die, in der Sie gerade sind. In jedem Kanal kommen die Gesprächsleitfäden zuerst: Dort steht Schritt für Schritt, was zu sagen ist.',
		'rapport.situations.empty': 'Noch keine Seite nennt ihre Situation. Ergänzen Sie {{field}} im Frontmatter einer Seite.',
		'rapport.situations.anyChannel': 'Alle Kanäle',
		'rapport.situations.script': 'Leitfaden',
		'rapport.situations.fallback': 'auf {{language}}',
	},
});

/** Strings this area's browser code shows (sent with every page; see `browserStrings` in src/i18n/catalog.ts): none. */
export const browserStrings = defineStrings({ en: {}, fr: {}, es: {}, de: {} });
