import { defineStrings } from '../../i18n/define-strings.ts';

/**
 * Strings rendered into pages at build time: the search gaps page.
 * `{{field}}` is the frontmatter field, shown as code.
 */
export const strings = defineStrings({
	en: {
		'rapport.searchGaps.title': 'Search gaps',
		'rapport.searchGaps.description': 'Searches that found nothing: what the playbook may lack.',
		'rapport.searchGaps.intro':
			'Searches that found nothing in this browser, most frequent first. Use them to decide what the playbook needs next: a page, a keyword ({{field}} in a page’s frontmatter) or a synonym.',
		'rapport.searchGaps.sent': 'This site also sends each of them to your team’s endpoint.',
		'rapport.searchGaps.local': 'They are kept in this browser only; nothing is sent anywhere.',
		'rapport.searchGaps.query': 'Search',
		'rapport.searchGaps.count': 'Times',
		'rapport.searchGaps.last': 'Last',
		'rapport.searchGaps.empty': 'No searches without results yet.',
		'rapport.searchGaps.import': 'Merge other agents’ exports (CSV):',
		'rapport.searchGaps.export': 'Export as CSV',
		'rapport.searchGaps.clear': 'Clear the list',
	},
	fr: {
		'rapport.searchGaps.title': 'Recherches sans résultat',
		'rapport.searchGaps.description': 'Les recherches qui n’ont rien trouvé\u00a0: ce qui manque peut-être au guide.',
		'rapport.searchGaps.intro':
			'Les recherches qui n’ont rien trouvé dans ce navigateur, les plus fréquentes d’abord. Servez-vous-en pour décider ce qu’il faut ajouter au guide\u00a0: une page, un mot-clé ({{field}} dans l’en-tête d’une page) ou un synonyme.',
		'rapport.searchGaps.sent': 'Ce site les envoie aussi, une par une, à l’adresse de votre équipe.',
		'rapport.searchGaps.local': 'Elles restent dans ce navigateur\u00a0: rien n’est envoyé nulle part.',
		'rapport.searchGaps.query': 'Recherche',
		'rapport.searchGaps.count': 'Fois',
		'rapport.searchGaps.last': 'Dernière',
		'rapport.searchGaps.empty': 'Aucune recherche sans résultat pour l’instant.',
		'rapport.searchGaps.import': 'Fusionner les exports d’autres conseillers (CSV)\u00a0:',
		'rapport.searchGaps.export': 'Exporter en CSV',
		'rapport.searchGaps.clear': 'Vider la liste',
	},
	es: {
		'rapport.searchGaps.title': 'Búsquedas sin resultados',
		'rapport.searchGaps.description': 'Búsquedas que no encontraron nada: lo que quizá le falta a la guía.',
		'rapport.searchGaps.intro':
			'Búsquedas que no encontraron nada en este navegador, las más frecuentes primero. Úsalas para decidir qué necesita la guía: una página, una palabra clave ({{field}} en el encabezado de una página) o un sinónimo.',
		'rapport.searchGaps.sent': 'Este sitio también envía cada una a la dirección de tu equipo.',
		'rapport.searchGaps.local': 'Solo se guardan en este navegador; no se envía nada a ninguna parte.',
		'rapport.searchGaps.query': 'Búsqueda',
		'rapport.searchGaps.count': 'Veces',
		'rapport.searchGaps.last': 'Última',
		'rapport.searchGaps.empty': 'Todavía no hay búsquedas sin resultados.',
		'rapport.searchGaps.import': 'Combinar las exportaciones de otros agentes (CSV):',
		'rapport.searchGaps.export': 'Exportar como CSV',
		'rapport.searchGaps.clear': 'Vaciar la lista',
	},
	de: {
		'rapport.searchGaps.title': 'Suchen ohne Treffer',
		'rapport.searchGaps.description': 'Suchen ohne Treffer: was dem Leitfaden vielleicht fehlt.',
		'rapport.searchGaps.intro':
			'Suchen ohne Treffer in diesem Browser, die häufigsten zuerst. Entscheiden Sie damit, was der Leitfaden als Nächstes braucht: eine Seite, ein Stichwort ({{field}} im Frontmatter einer Seite) oder ein Synonym.',
		'rapport.searchGaps.sent': 'Diese Website sendet sie außerdem einzeln an den Endpunkt Ihres Teams.',
		'rapport.searchGaps.local': 'Die Suchen bleiben nur in diesem Browser; nichts wird irgendwohin gesendet.',
		'rapport.searchGaps.query': 'Suche',
		'rapport.searchGaps.count': 'Anzahl',
		'rapport.searchGaps.last': 'Zuletzt',
		'rapport.searchGaps.empty': 'Bisher keine Suchen ohne Treffer.',
		'rapport.searchGaps.import': 'Exporte von Kolleginnen und Kollegen zusammenführen (CSV):',
		'rapport.searchGaps.export': 'Als CSV exportieren',
		'rapport.searchGaps.clear': 'Liste leeren',
	},
});

/**
 * Strings the search gaps page's browser code shows (sent with every page;
 * see `browserStrings` in src/i18n/catalog.ts). `{{searches}}` and
 * `{{files}}` are counts already written out (`searchGaps.searches`, `searchGaps.files`).
 */
export const browserStrings = defineStrings({
	en: {
		'rapport.searchGaps.searches_one': '{{count}} search',
		'rapport.searchGaps.searches_other': '{{count}} searches',
		'rapport.searchGaps.files_one': '{{count}} file',
		'rapport.searchGaps.files_other': '{{count}} files',
		'rapport.searchGaps.rows_one': '{{count}} row read',
		'rapport.searchGaps.rows_other': '{{count}} rows read',
		'rapport.searchGaps.merged':
			'Showing {{searches}} merged from this browser and {{files}} ({{rows}}). Export as CSV saves the merged list; nothing is stored.',
	},
	fr: {
		'rapport.searchGaps.searches_one': '{{count}} recherche',
		'rapport.searchGaps.searches_other': '{{count}} recherches',
		'rapport.searchGaps.files_one': '{{count}} fichier',
		'rapport.searchGaps.files_other': '{{count}} fichiers',
		'rapport.searchGaps.rows_one': '{{count}} ligne lue',
		'rapport.searchGaps.rows_other': '{{count}} lignes lues',
		'rapport.searchGaps.merged':
			'Liste fusionnée de ce navigateur et de {{files}} ({{rows}})\u00a0: {{searches}}. «\u00a0Exporter en CSV\u00a0» enregistre cette liste\u00a0; rien n’est conservé dans le navigateur.',
	},
	es: {
		'rapport.searchGaps.searches_one': '{{count}} búsqueda',
		'rapport.searchGaps.searches_other': '{{count}} búsquedas',
		'rapport.searchGaps.files_one': '{{count}} archivo',
		'rapport.searchGaps.files_other': '{{count}} archivos',
		'rapport.searchGaps.rows_one': '{{count}} fila leída',
		'rapport.searchGaps.rows_other': '{{count}} filas leídas',
		'rapport.searchGaps.merged':
			'Lista combinada de este navegador y {{files}} ({{rows}}): {{searches}}. «Exportar como CSV» guarda esta lista; en el navegador no se conserva nada.',
	},
	de: {
		'rapport.searchGaps.searches_one': '{{count}} Suche',
		'rapport.searchGaps.searches_other': '{{count}} Suchen',
		'rapport.searchGaps.files_one': '{{count}} Datei',
		'rapport.searchGaps.files_other': '{{count}} Dateien',
		'rapport.searchGaps.rows_one': '{{count}} Zeile gelesen',
		'rapport.searchGaps.rows_other': '{{count}} Zeilen gelesen',
		'rapport.searchGaps.merged':
			'Zusammengeführte Liste aus diesem Browser und {{files}} ({{rows}}): {{searches}}. „Als CSV exportieren“ speichert diese Liste; im Browser bleibt nichts davon.',
	},
});
