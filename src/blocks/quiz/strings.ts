import { defineStrings } from '../../i18n/define-strings.ts';

/** Strings rendered into pages at build time. */
export const strings = defineStrings({
	en: {
		'rapport.quiz.untitled': 'Self-assessment',
		'rapport.quiz.low': 'Low',
		'rapport.quiz.high': 'High',
		'rapport.quiz.how': 'Rate each statement from 1 ({{low}}) to 5 ({{high}}). On paper, tick one box a line and add up the numbers.',
		'rapport.quiz.clear': 'Clear my answers',
		'rapport.quiz.range': 'Total {{min}}–{{max}}',
	},
	fr: {
		'rapport.quiz.untitled': 'Auto-évaluation',
		'rapport.quiz.low': 'Faible',
		'rapport.quiz.high': 'Élevé',
		'rapport.quiz.how':
			'Notez chaque affirmation de 1 ({{low}}) à 5 ({{high}}). Sur papier, cochez une case par ligne et additionnez les chiffres.',
		'rapport.quiz.clear': 'Effacer mes réponses',
		'rapport.quiz.range': 'Total de {{min}} à {{max}}',
	},
	es: {
		'rapport.quiz.untitled': 'Autoevaluación',
		'rapport.quiz.low': 'Bajo',
		'rapport.quiz.high': 'Alto',
		'rapport.quiz.how': 'Puntúa cada afirmación del 1 ({{low}}) al 5 ({{high}}). En papel, marca una casilla por línea y suma los números.',
		'rapport.quiz.clear': 'Borrar mis respuestas',
		'rapport.quiz.range': 'Total de {{min}} a {{max}}',
	},
	de: {
		'rapport.quiz.untitled': 'Selbsteinschätzung',
		'rapport.quiz.low': 'Niedrig',
		'rapport.quiz.high': 'Hoch',
		'rapport.quiz.how':
			'Bewerten Sie jede Aussage von 1 ({{low}}) bis 5 ({{high}}). Auf Papier kreuzen Sie pro Zeile ein Kästchen an und zählen die Zahlen zusammen.',
		'rapport.quiz.clear': 'Meine Antworten löschen',
		'rapport.quiz.range': 'Summe {{min}}–{{max}}',
	},
});

/** Strings this area's browser code shows (sent with every page; see `browserStrings` in src/i18n/catalog.ts). */
export const browserStrings = defineStrings({
	en: {
		'rapport.quiz.total': 'Your total: {{total}} (all {{count}} statements rated).',
		'rapport.quiz.total_one': 'Your total: {{total}} (the statement is rated).',
		'rapport.quiz.soFar': 'Your total so far: {{total}}. {{rated}} of {{count}} statements rated.',
		'rapport.quiz.soFar_one': 'Your total so far: {{total}}. {{rated}} of 1 statement rated.',
	},
	fr: {
		'rapport.quiz.total': 'Votre total : {{total}} (les {{count}} affirmations sont notées).',
		'rapport.quiz.total_one': 'Votre total : {{total}} (l’affirmation est notée).',
		'rapport.quiz.soFar': 'Votre total provisoire : {{total}}. Affirmations notées : {{rated}} sur {{count}}.',
		'rapport.quiz.soFar_one': 'Votre total provisoire : {{total}}. Affirmation notée : {{rated}} sur 1.',
	},
	es: {
		'rapport.quiz.total': 'Tu total: {{total}} (las {{count}} afirmaciones puntuadas).',
		'rapport.quiz.total_one': 'Tu total: {{total}} (la afirmación está puntuada).',
		'rapport.quiz.soFar': 'Tu total por ahora: {{total}}. {{rated}} de {{count}} afirmaciones puntuadas.',
		'rapport.quiz.soFar_one': 'Tu total por ahora: {{total}}. {{rated}} de 1 afirmación puntuada.',
	},
	de: {
		'rapport.quiz.total': 'Ihre Summe: {{total}} (alle {{count}} Aussagen bewertet).',
		'rapport.quiz.total_one': 'Ihre Summe: {{total}} (die Aussage ist bewertet).',
		'rapport.quiz.soFar': 'Ihre Summe bisher: {{total}}. {{rated}} von {{count}} Aussagen bewertet.',
		'rapport.quiz.soFar_one': 'Ihre Summe bisher: {{total}}. {{rated}} von 1 Aussage bewertet.',
	},
});
