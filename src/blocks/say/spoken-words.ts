import { baseLang } from '../../i18n/translate.ts';

/**
 * Words that only make sense out loud, by base language tag: "thanks for
 * calling" in a chat tells the customer nobody read it. Each language has its
 * own, since a French chat line says "ne quittez pas", not "hold the line".
 */
const spokenOnly: Record<string, RegExp> = {
	en: /\b(?:for calling|on the (?:line|phone)|on hold|hold the line|hold for|(?:I'm|I am|we're|we are) calling|can you hear me|speaking (?:to|with))\b/i,
	fr: phrases([
		'merci de votre appel',
		"merci d'avoir appelé",
		'merci pour votre appel',
		'ne quittez pas',
		'restez en ligne',
		'(?:mets|mettre|mettons|mettez) en attente',
		'au bout du fil',
		"vous m'entendez",
		'je vous appelle',
	]),
	es: phrases([
		'gracias por (?:llamar|su llamada|tu llamada)',
		'no cuelgue',
		'no se retire',
		'(?:pongo|poner|ponerle|ponerlo|ponerla|dejo) en espera',
		'espere en línea',
		'al teléfono',
		'al otro lado de la línea',
		'¿?me (?:oye|escucha)',
		'le llamo',
	]),
	de: phrases([
		'für ihren anruf',
		'bleiben sie (?:dran|am apparat|in der leitung)',
		'warteschleife',
		'in der leitung',
		'am apparat',
		'hören sie mich',
		'ich verbinde sie',
		'ich rufe sie an',
	]),
};

/**
 * The first words of `text` that only make sense out loud, in the page's
 * language (its base tag); undefined when there are none, or Rapport knows
 * no such words for the language.
 */
export function spokenOnlyWords(text: string, lang: string): string | undefined {
	const pattern = spokenOnly[baseLang(lang)];
	return pattern?.exec(text.normalize('NFC').replace(/[‘’]/g, "'"))?.[0];
}

/** One pattern for whole phrases (any case, letters of any script around them). */
function phrases(list: string[]): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'iu');
}
