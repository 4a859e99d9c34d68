/**
 * What of a typed query goes to Pagefind. Agents type questions ("how do I
 * say no", "comment dire non"); Pagefind wants every word on a page, so the
 * words that only make it a question are left out. Negations ("no", "not",
 * "won't", "pas", "nicht") are never left out: "say no" is not "say".
 */
import { baseLang } from '../i18n/translate.ts';

/** Words that make a query a question or a sentence, not what it is about, by base language tag. */
const questionWordLists: Record<string, string> = {
	en:
		'a an the i me my we our us you your he she they them their it its this that these those ' +
		'how what when where who whom why which is are am was were be been being do does did doing ' +
		'to of for in on at by with about from into as if or and so then there here ' +
		'should shall can could would will may might must ' +
		"get got someone somebody something anyone im i'm ive i've theres there's its it's just really actually even ok okay",
	fr:
		'le la les l un une des du de d au aux à en dans sur pour par avec et ou si y ' +
		'je me moi mon ma mes tu te ton ta tes il elle on nous vous ils elles lui leur leurs se son sa ses notre nos votre vos ' +
		'ce ça cela ceci cet cette ces qui que quoi quel quelle quels quelles comment quand où pourquoi combien lequel laquelle ' +
		'est-ce est es suis sont être été ai as a avons avez ont fais fait faire dois doit devoir peux peut puis-je pouvoir faut ' +
		"c'est j'ai qu'est-ce quelqu'un quelque chose alors donc bon ok d'accord vraiment",
	es:
		'el la los las lo un una unos unas de del al a en con por para sobre sin y o u e si ' +
		'yo me mi mis tú te tu tus él ella usted ustedes nosotros nos nuestro nuestra vosotros os ellos ellas le les se su sus ' +
		'qué que cómo como cuándo cuando dónde donde quién quien quiénes por qué porqué cuál cuáles cuánto ' +
		'es son soy eres está están estoy ser estar he ha han hay hago hace hacer debo debe puedo puede poder tengo tiene ' +
		'alguien algo entonces pues vale bueno realmente',
	de:
		'der die das den dem des ein eine einen einem einer eines zu zum zur von vom in im an am auf für mit bei aus über um und oder wenn ob ' +
		'ich mich mir mein meine du dich dir dein er sie es wir uns unser ihr euch ihre ihnen sein seine man ' +
		'wie was wann wo wer wen wem warum wieso weshalb welche welcher welches ' +
		'ist sind bin bist war waren sein habe hat haben mache macht tun soll sollte kann könnte muss darf will würde ' +
		'jemand etwas dann also denn halt eigentlich ok okay',
};

const questionWords = new Map(Object.entries(questionWordLists).map(([lang, list]) => [lang, new Set(list.split(' '))]));

/** A French elided word at the start of another: l', d', qu', jusqu'… */
const elided = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=\p{L})/iu;

/** The words of `query` worth searching for, in language `lang`; all of them when every word is a question word. */
export function searchWords(query: string, lang = 'en'): string[] {
	const words = query.split(/\s+/).filter(Boolean);
	const known = questionWords.get(baseLang(lang)) ?? questionWords.get('en') ?? new Set<string>();
	// A phone keyboard types ’ for ': "i’m" is "i'm".
	const meaningful = words.filter(
		(word) =>
			!known.has(
				word
					.toLowerCase()
					.replace(/’/g, "'")
					.replace(/[^\p{L}'-]/gu, ''),
			),
	);
	const kept = meaningful.length > 0 ? meaningful : words;
	// "l'appelant" is searched as "appelant": Pagefind would take the "l" for a word of its own.
	return baseLang(lang) === 'fr' ? kept.map((word) => word.replace(elided, '') || word) : kept;
}
