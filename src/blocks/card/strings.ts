import { defineStrings } from '../../i18n/define-strings.ts';

/**
 * Strings rendered into pages at build time: the card on its page, `/cards/`
 * and `/cards/<id>/`, and the printed card's footer (in the card's language).
 * `{{isoDate}}` is a date written 2026-10-01, `{{date}}` the language's long
 * form ("1 octobre 2026"): a team picks either in its override.
 */
export const strings = defineStrings({
	en: {
		'rapport.card.cards': 'Desk cards',
		'rapport.card.card': 'Card: {{label}}',
		'rapport.card.kind': 'Desk card',
		'rapport.card.printThis': 'Print this card',
		'rapport.card.printAll': 'Print all cards',
		'rapport.card.printAlignment': 'Print an alignment test',
		'rapport.card.backToPlaybook': 'Back to the playbook',
		'rapport.card.backTo': 'Back to {{title}}',
		'rapport.card.languages': 'Languages',
		'rapport.card.empty': 'No cards yet. Write one in any page of the playbook with {{syntax}}; see "Reference card" in the README.',
		'rapport.card.show': 'Show',
		'rapport.card.allSizes': 'All sizes',
		'rapport.card.paper': 'Paper',
		'rapport.card.paperCard': 'One card per sheet, at card size',
		'rapport.card.paperOffice': 'Several cards per {{paper}} sheet, with crop marks',
		'rapport.card.duplex': 'Double-sided',
		'rapport.card.flipLong': 'Flip on the long edge',
		'rapport.card.flipShort': 'Flip on the short edge',
		'rapport.card.help':
			"Set the printer to the card's paper size (or to A4 or Letter), scale 100%, no margins. On office paper, cards fill the sheet (four A6 or eight A7, turned a quarter, on A4) and may meet its edges: most printers leave 4–5 mm blank there, which falls in each card's own blank border, so nothing on a card is lost. Cut along the dashed lines; crop marks print only where a printer can print. Before printing a stack double-sided, print the alignment test: hold it to the light, each number on the back should sit behind the same number on the front.",
		'rapport.card.onItsPage': 'On its page',
		'rapport.card.untranslated': 'Not translated yet: in {{language}}.',
		'rapport.card.backKind': '{{kind}} · {{label}}, back',
		'rapport.card.sheet': '{{label}}: {{face}}',
		'rapport.card.reviewed': 'Reviewed {{isoDate}}',
		'rapport.card.report': 'Wrong? Report it',
		'rapport.card.qr': 'QR code: {{url}}',
	},
	fr: {
		'rapport.card.cards': 'Fiches mémo',
		'rapport.card.card': 'Fiche : {{label}}',
		'rapport.card.kind': 'Fiche mémo',
		'rapport.card.printThis': 'Imprimer cette fiche',
		'rapport.card.printAll': 'Imprimer toutes les fiches',
		'rapport.card.printAlignment': 'Imprimer un test d’alignement',
		'rapport.card.backToPlaybook': 'Retour au guide',
		'rapport.card.backTo': 'Retour à « {{title}} »',
		'rapport.card.languages': 'Langues',
		'rapport.card.empty':
			'Aucune fiche pour l’instant. Ajoutez-en une dans n’importe quelle page du guide avec {{syntax}} ; voir « Reference card » dans le README.',
		'rapport.card.show': 'Afficher',
		'rapport.card.allSizes': 'Tous les formats',
		'rapport.card.paper': 'Papier',
		'rapport.card.paperCard': 'Une fiche par feuille, au format de la fiche',
		'rapport.card.paperOffice': 'Plusieurs fiches par feuille {{paper}}, avec traits de coupe',
		'rapport.card.duplex': 'Recto verso',
		'rapport.card.flipLong': 'Retourner sur le bord long',
		'rapport.card.flipShort': 'Retourner sur le bord court',
		'rapport.card.help':
			'Réglez l’imprimante sur le format de la fiche (ou sur A4 ou Lettre US), échelle 100 %, sans marges. Sur du papier de bureau, les fiches remplissent la feuille (quatre A6 ou huit A7, tournées d’un quart de tour, sur une A4) et peuvent toucher ses bords : la plupart des imprimantes y laissent 4 à 5 mm de blanc, qui tombent dans la marge blanche de chaque fiche, donc rien ne se perd. Coupez le long des pointillés ; les traits de coupe ne s’impriment que là où l’imprimante peut imprimer. Avant d’imprimer une pile en recto verso, imprimez le test d’alignement : à contre-jour, chaque numéro du verso doit se trouver derrière le même numéro du recto.',
		'rapport.card.onItsPage': 'Sur sa page',
		'rapport.card.untranslated': 'Pas encore traduite : en {{language}}.',
		'rapport.card.backKind': '{{kind}} · {{label}}, verso',
		'rapport.card.sheet': '{{label}} : {{face}}',
		'rapport.card.reviewed': 'Relue le {{date}}',
		'rapport.card.report': 'Une erreur ? Signalez-la',
		'rapport.card.qr': 'Code QR : {{url}}',
	},
	es: {
		'rapport.card.cards': 'Fichas de consulta',
		'rapport.card.card': 'Ficha: {{label}}',
		'rapport.card.kind': 'Ficha de consulta',
		'rapport.card.printThis': 'Imprimir esta ficha',
		'rapport.card.printAll': 'Imprimir todas las fichas',
		'rapport.card.printAlignment': 'Imprimir una prueba de alineación',
		'rapport.card.backToPlaybook': 'Volver a la guía',
		'rapport.card.backTo': 'Volver a «{{title}}»',
		'rapport.card.languages': 'Idiomas',
		'rapport.card.empty':
			'Aún no hay fichas. Añada una en cualquier página de la guía con {{syntax}}; consulte «Reference card» en el README.',
		'rapport.card.show': 'Mostrar',
		'rapport.card.allSizes': 'Todos los tamaños',
		'rapport.card.paper': 'Papel',
		'rapport.card.paperCard': 'Una ficha por hoja, a su tamaño',
		'rapport.card.paperOffice': 'Varias fichas por hoja {{paper}}, con marcas de corte',
		'rapport.card.duplex': 'A doble cara',
		'rapport.card.flipLong': 'Voltear por el borde largo',
		'rapport.card.flipShort': 'Voltear por el borde corto',
		'rapport.card.help':
			'Configure la impresora con el tamaño de la ficha (o A4 o Carta), escala 100 %, sin márgenes. En papel de oficina, las fichas llenan la hoja (cuatro A6 u ocho A7, giradas un cuarto de vuelta, en A4) y pueden llegar a sus bordes: la mayoría de las impresoras dejan ahí 4–5 mm en blanco, que caen dentro del margen en blanco de cada ficha, así que no se pierde nada. Corte por las líneas discontinuas; las marcas de corte solo se imprimen donde la impresora puede imprimir. Antes de imprimir un montón a doble cara, imprima la prueba de alineación: al trasluz, cada número del reverso debe quedar detrás del mismo número del anverso.',
		'rapport.card.onItsPage': 'En su página',
		'rapport.card.untranslated': 'Aún sin traducir: en {{language}}.',
		'rapport.card.backKind': '{{kind}} · {{label}}, reverso',
		'rapport.card.sheet': '{{label}}: {{face}}',
		'rapport.card.reviewed': 'Revisada el {{date}}',
		'rapport.card.report': '¿Algún error? Avísenos',
		'rapport.card.qr': 'Código QR: {{url}}',
	},
	de: {
		'rapport.card.cards': 'Merkkarten',
		'rapport.card.card': 'Karte: {{label}}',
		'rapport.card.kind': 'Merkkarte',
		'rapport.card.printThis': 'Diese Karte drucken',
		'rapport.card.printAll': 'Alle Karten drucken',
		'rapport.card.printAlignment': 'Ausrichtungstest drucken',
		'rapport.card.backToPlaybook': 'Zurück zum Leitfaden',
		'rapport.card.backTo': 'Zurück zu „{{title}}“',
		'rapport.card.languages': 'Sprachen',
		'rapport.card.empty':
			'Noch keine Karten. Schreiben Sie eine in eine beliebige Seite des Leitfadens, mit {{syntax}}; siehe „Reference card“ in der README.',
		'rapport.card.show': 'Anzeigen',
		'rapport.card.allSizes': 'Alle Größen',
		'rapport.card.paper': 'Papier',
		'rapport.card.paperCard': 'Eine Karte pro Blatt, in Kartengröße',
		'rapport.card.paperOffice': 'Mehrere Karten pro {{paper}}-Blatt, mit Schnittmarken',
		'rapport.card.duplex': 'Beidseitig',
		'rapport.card.flipLong': 'An der langen Kante wenden',
		'rapport.card.flipShort': 'An der kurzen Kante wenden',
		'rapport.card.help':
			'Stellen Sie am Drucker das Papierformat der Karte ein (oder A4 bzw. US-Letter), Skalierung 100 %, keine Ränder. Auf Büropapier füllen die Karten das Blatt (vier A6 oder acht A7, um eine Vierteldrehung gedreht, auf A4) und können bis an den Rand reichen: Die meisten Drucker lassen dort 4–5 mm frei, die in den weißen Rand jeder Karte fallen, sodass nichts verloren geht. Entlang der gestrichelten Linien schneiden; Schnittmarken werden nur dort gedruckt, wo der Drucker drucken kann. Bevor Sie einen Stapel beidseitig drucken, drucken Sie den Ausrichtungstest: Gegen das Licht gehalten, sollte jede Zahl der Rückseite genau hinter derselben Zahl der Vorderseite liegen.',
		'rapport.card.onItsPage': 'Auf ihrer Seite',
		'rapport.card.untranslated': 'Noch nicht übersetzt: auf {{language}}.',
		'rapport.card.backKind': '{{kind}} · {{label}}, Rückseite',
		'rapport.card.sheet': '{{label}}: {{face}}',
		'rapport.card.reviewed': 'Geprüft am {{date}}',
		'rapport.card.report': 'Fehler? Bitte melden',
		'rapport.card.qr': 'QR-Code: {{url}}',
	},
});

/**
 * Strings this area's browser code shows (sent with every page; see
 * `browserStrings` in src/i18n/catalog.ts): the card pages' status line, the
 * office-paper sheets, the alignment test and the overfull note. The card
 * pages render some of them at build time too.
 */
export const browserStrings = defineStrings({
	en: {
		'rapport.card.front': 'front',
		'rapport.card.back': 'back',
		'rapport.card.size.a6': 'A6',
		'rapport.card.size.a7': 'A7',
		'rapport.card.size.3x5': '3 × 5 in',
		'rapport.card.size.4x6': '4 × 6 in',
		'rapport.card.paper.a4': 'A4',
		'rapport.card.paper.letter': 'Letter',
		'rapport.card.edge.long': 'long edge',
		'rapport.card.edge.short': 'short edge',
		'rapport.card.count_one': '{{count}} card',
		'rapport.card.count_other': '{{count}} cards',
		'rapport.card.onCards': "{{cards}}, each face on its own sheet of the card's size.",
		'rapport.card.onOffice_one':
			'{{cards}} on {{count}} {{paper}} sheet (fronts, then backs for double-sided printing, flipped on the {{edge}}).',
		'rapport.card.onOffice_other':
			'{{cards}} on {{count}} {{paper}} sheets (fronts, then backs for double-sided printing, flipped on the {{edge}}).',
		'rapport.card.officeFronts': '{{paper}} sheet, fronts of {{size}} cards',
		'rapport.card.officeBacks': '{{paper}} sheet, backs of {{size}} cards',
		'rapport.card.alignBack': 'back (flip: {{edge}})',
		'rapport.card.overfull':
			'The {{face}} of card "{{card}}" does not fit its {{size}} size: it will be cut off when printed. Shorten it or print it larger.',
	},
	fr: {
		'rapport.card.front': 'recto',
		'rapport.card.back': 'verso',
		'rapport.card.size.a6': 'A6',
		'rapport.card.size.a7': 'A7',
		'rapport.card.size.3x5': '3 × 5 pouces',
		'rapport.card.size.4x6': '4 × 6 pouces',
		'rapport.card.paper.a4': 'A4',
		'rapport.card.paper.letter': 'Lettre US',
		'rapport.card.edge.long': 'bord long',
		'rapport.card.edge.short': 'bord court',
		'rapport.card.count_one': '{{count}} fiche',
		'rapport.card.count_other': '{{count}} fiches',
		'rapport.card.onCards': '{{cards}}, chaque face sur sa propre feuille au format de la fiche.',
		'rapport.card.onOffice_one':
			'{{cards}} sur {{count}} feuille {{paper}} (les rectos, puis les versos pour l’impression recto verso, retournés sur le {{edge}}).',
		'rapport.card.onOffice_other':
			'{{cards}} sur {{count}} feuilles {{paper}} (les rectos, puis les versos pour l’impression recto verso, retournés sur le {{edge}}).',
		'rapport.card.officeFronts': 'Feuille {{paper}}, rectos des fiches {{size}}',
		'rapport.card.officeBacks': 'Feuille {{paper}}, versos des fiches {{size}}',
		'rapport.card.alignBack': 'verso (retourner : {{edge}})',
		'rapport.card.overfull':
			'Le {{face}} de la fiche « {{card}} » ne tient pas au format {{size}} : il sera coupé à l’impression. Raccourcissez-le ou imprimez la fiche en plus grand.',
	},
	es: {
		'rapport.card.front': 'anverso',
		'rapport.card.back': 'reverso',
		'rapport.card.size.a6': 'A6',
		'rapport.card.size.a7': 'A7',
		'rapport.card.size.3x5': '3 × 5 pulg.',
		'rapport.card.size.4x6': '4 × 6 pulg.',
		'rapport.card.paper.a4': 'A4',
		'rapport.card.paper.letter': 'Carta',
		'rapport.card.edge.long': 'borde largo',
		'rapport.card.edge.short': 'borde corto',
		'rapport.card.count_one': '{{count}} ficha',
		'rapport.card.count_other': '{{count}} fichas',
		'rapport.card.onCards': '{{cards}}, cada cara en su propia hoja del tamaño de la ficha.',
		'rapport.card.onOffice_one':
			'{{cards}} en {{count}} hoja {{paper}} (primero los anversos, luego los reversos para imprimir a doble cara, volteando por el {{edge}}).',
		'rapport.card.onOffice_other':
			'{{cards}} en {{count}} hojas {{paper}} (primero los anversos, luego los reversos para imprimir a doble cara, volteando por el {{edge}}).',
		'rapport.card.officeFronts': 'Hoja {{paper}}, anversos de las fichas {{size}}',
		'rapport.card.officeBacks': 'Hoja {{paper}}, reversos de las fichas {{size}}',
		'rapport.card.alignBack': 'reverso (voltear: {{edge}})',
		'rapport.card.overfull':
			'El {{face}} de la ficha «{{card}}» no cabe en su tamaño {{size}}: se cortará al imprimir. Acórtelo o imprima la ficha más grande.',
	},
	de: {
		'rapport.card.front': 'Vorderseite',
		'rapport.card.back': 'Rückseite',
		'rapport.card.size.a6': 'A6',
		'rapport.card.size.a7': 'A7',
		'rapport.card.size.3x5': '3 × 5 Zoll',
		'rapport.card.size.4x6': '4 × 6 Zoll',
		'rapport.card.paper.a4': 'A4',
		'rapport.card.paper.letter': 'US-Letter',
		'rapport.card.edge.long': 'lange Kante',
		'rapport.card.edge.short': 'kurze Kante',
		'rapport.card.count_one': '{{count}} Karte',
		'rapport.card.count_other': '{{count}} Karten',
		'rapport.card.onCards': '{{cards}}, jede Seite auf einem eigenen Blatt in Kartengröße.',
		'rapport.card.onOffice_one':
			'{{cards}} auf {{count}} {{paper}}-Blatt (erst die Vorder-, dann die Rückseiten für beidseitigen Druck, gewendet über die {{edge}}).',
		'rapport.card.onOffice_other':
			'{{cards}} auf {{count}} {{paper}}-Blättern (erst die Vorder-, dann die Rückseiten für beidseitigen Druck, gewendet über die {{edge}}).',
		'rapport.card.officeFronts': '{{paper}}-Blatt, Vorderseiten der {{size}}-Karten',
		'rapport.card.officeBacks': '{{paper}}-Blatt, Rückseiten der {{size}}-Karten',
		'rapport.card.alignBack': 'Rückseite (wenden: {{edge}})',
		'rapport.card.overfull':
			'Die {{face}} der Karte „{{card}}“ passt nicht auf {{size}}: sie wird beim Drucken abgeschnitten. Kürzen Sie sie oder drucken Sie die Karte größer.',
	},
});
