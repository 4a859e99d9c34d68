import { baseLang } from '../i18n/translate.ts';

/**
 * Words agents should not say: they alarm customers who take them literally
 * ("crash", "outage"), or they close doors ("impossible"). Each maps to what to
 * say instead.
 */
export const defaultAvoidWords: Record<string, string> = {
	crash: 'stopped working',
	outage: 'service interruption',
	failure: 'problem we are fixing',
	disaster: 'serious problem',
	broken: 'not working as it should',
	impossible: 'what I can do is…',
	'calm down': 'I can hear how frustrating this is',
};

/** An avoided word found in a line: where it starts in the text, what was written, and what to say instead. */
export interface AvoidedWord {
	index: number;
	written: string;
	word: string;
	suggestion: string;
}

/**
 * The forms of a word an agent may say, in the page's language (its base
 * tag; English when Rapport knows no rules for it): `crash` → crash, crashes,
 * crashed, crashing; `stop` → stopped; `reply` → replies; French `cassé` →
 * cassée, cassés; `bateau` → bateaux; Spanish `roto` → rota, rotos;
 * `camión` → camiones; German `kaputt` → kaputte, kaputten; `Ausfall` →
 * Ausfälle. Rules of thumb, not a dictionary: a few forms that no one writes
 * do no harm. German compounds are not split.
 */
export function inflections(word: string, lang = 'en'): string[] {
	const forms = (rules[baseLang(lang)] ?? english)(word.normalize('NFC'));
	return [...new Set([word, ...forms])];
}

function english(word: string): string[] {
	const forms = [word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}er`, `${word}ers`];
	if (word.endsWith('e')) {
		const stem = word.slice(0, -1);
		for (const ending of ['ed', 'ing', 'er', 'ers']) forms.push(stem + ending);
	}
	if (/[^aeiou]y$/.test(word)) {
		const stem = word.slice(0, -1);
		forms.push(`${stem}ies`, `${stem}ied`);
	}
	if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
		const doubled = word + word.at(-1);
		forms.push(`${doubled}ed`, `${doubled}ing`);
	}
	return forms;
}

/** French: plurals in -s and -x (-al → -aux), the feminine (-e, -eux → -euse, -if → -ive, -el → -elle) and the -er verbs' usual forms. */
function french(word: string): string[] {
	const forms = [word, `${word}s`, `${word}e`, `${word}es`];
	if (/(?:au|eu)$/.test(word)) forms.push(`${word}x`);
	if (/a(?:l|il)$/.test(word)) forms.push(word.replace(/a(?:l|il)$/, 'aux'));
	const endings: [string, string[]][] = [
		['eux', ['euse', 'euses']],
		['if', ['ive', 'ives']],
		['el', ['elle', 'elles']],
		['en', ['enne', 'ennes']],
		['on', ['onne', 'onnes']],
		['er', ['e', 'es', 'ent', 'é', 'ée', 'és', 'ées', 'ons', 'ez', 'ait', 'aient', 'ant']],
	];
	for (const [ending, replacements] of endings) {
		if (!word.endsWith(ending)) continue;
		const stem = word.slice(0, -ending.length);
		for (const replacement of replacements) forms.push(stem + replacement);
	}
	return forms;
}

/** Spanish: plurals in -s and -es (-z → -ces, an accent on the last syllable dropped: camión → camiones), the feminine of -o, and the usual forms of -ar, -er and -ir verbs. */
function spanish(word: string): string[] {
	const forms = [word, `${word}s`, `${word}es`];
	if (word.endsWith('z')) forms.push(`${word.slice(0, -1)}ces`);
	if (/[áéíóú][ns]$/.test(word)) forms.push(`${withoutAccents(word)}es`);
	if (word.endsWith('o')) forms.push(`${word.slice(0, -1)}a`, `${word.slice(0, -1)}as`);
	const verb = /(ar|er|ir)$/.exec(word);
	if (verb) {
		const stem = word.slice(0, verb.index);
		const endings =
			verb[1] === 'ar'
				? ['a', 'as', 'an', 'ado', 'ada', 'ados', 'adas', 'ando', 'amos']
				: ['e', 'es', 'en', 'ido', 'ida', 'idos', 'idas', 'iendo', 'imos', 'emos'];
		for (const ending of endings) forms.push(stem + ending);
	}
	return forms;
}

/** German: the usual endings of nouns and adjectives, and umlaut plurals (Ausfall → Ausfälle, Absturz → Abstürze). */
function german(word: string): string[] {
	const endings = ['', 'e', 'en', 'n', 's', 'es', 'er', 'em', 'ern'];
	const forms = endings.map((ending) => word + ending);
	const umlauted = word.replace(/([aou])([^aeiouäöü]*)$/, (_whole, vowel: string, rest: string) => `${umlauts[vowel] ?? vowel}${rest}`);
	if (umlauted !== word) forms.push(`${umlauted}e`, `${umlauted}en`, `${umlauted}er`, `${umlauted}ern`);
	return forms;
}

const umlauts: Record<string, string> = { a: 'ä', o: 'ö', u: 'ü' };
const rules: Record<string, (word: string) => string[]> = { en: english, fr: french, es: spanish, de: german };

function withoutAccents(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/**
 * Finds avoided words (any case, any inflection of the last word of a phrase,
 * accents written either way) in `text`, a line in language `lang`.
 */
export function findAvoidedWords(text: string, avoid: Record<string, string>, lang = 'en'): AvoidedWord[] {
	const found: AvoidedWord[] = [];
	for (const [word, suggestion] of Object.entries(avoid)) {
		for (const match of text.matchAll(patternFor(word, lang))) {
			found.push({ index: match.index, written: match[0], word, suggestion });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

const patterns = new Map<string, RegExp>();

function patternFor(word: string, lang: string): RegExp {
	const key = `${baseLang(lang)}:${word}`;
	let pattern = patterns.get(key);
	if (!pattern) {
		const words = word.toLowerCase().normalize('NFC').trim().split(/\s+/);
		const last = words.pop() ?? '';
		const lead = words.map((part) => `${eitherWay(part)}\\s+`).join('');
		const forms = inflections(last, lang)
			.sort((a, b) => b.length - a.length)
			.map(eitherWay)
			.join('|');
		// A combining accent (é written as e + ´) is part of the word: `casse` is not found inside `cassé`.
		pattern = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${lead}(?:${forms})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
		patterns.set(key, pattern);
	}
	return pattern;
}

/** A word as a pattern that matches it with its accents composed (é) or written as combining marks (e + ´). */
function eitherWay(word: string): string {
	const composed = word.normalize('NFC');
	const decomposed = word.normalize('NFD');
	return composed === decomposed ? escape(composed) : `(?:${escape(composed)}|${escape(decomposed)})`;
}

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Rapport's words to avoid in each language it ships strings for (by base
 * language tag); the `avoidWords` option replaces a language's list.
 */
export const defaultAvoidWordsByLanguage: Record<string, Record<string, string>> = {
	en: defaultAvoidWords,
	fr: {
		panne: 'interruption de service',
		plantage: 'arrêt du service',
		bug: 'problème que nous corrigeons',
		défaillance: 'problème que nous corrigeons',
		catastrophe: 'problème sérieux',
		cassé: 'ne fonctionne pas comme il le devrait',
		impossible: 'ce que je peux faire, c’est…',
		'calmez-vous': 'je comprends que ce soit frustrant',
		'je ne sais pas': 'je vérifie pour vous',
	},
	es: {
		caída: 'interrupción del servicio',
		avería: 'incidencia que estamos resolviendo',
		fallo: 'problema que estamos resolviendo',
		desastre: 'problema serio',
		roto: 'no funciona como debería',
		imposible: 'lo que sí puedo hacer es…',
		cálmese: 'entiendo lo frustrante que es',
		'no sé': 'lo compruebo ahora mismo',
	},
	de: {
		Ausfall: 'Unterbrechung',
		Absturz: 'Unterbrechung',
		abgestürzt: 'funktioniert gerade nicht',
		kaputt: 'funktioniert nicht wie vorgesehen',
		Katastrophe: 'ernstes Problem',
		unmöglich: 'was ich tun kann, ist …',
		'beruhigen Sie sich': 'ich verstehe, wie ärgerlich das ist',
		'weiß ich nicht': 'ich kläre das gleich für Sie',
	},
};
