/**
 * Spelling help for search: the nearest word of the playbook's vocabulary to a
 * misspelled term ("emapthy" → "empathy", "listning" → "listening",
 * "rembourssement" → "remboursement"), in the page's language.
 */
import { baseLang } from '../i18n/translate.ts';

/** Rows of a keyboard's letter keys: a slip of the finger hits a key next to the one meant. */
type KeyRows = readonly [string, string, string];

/** The keyboard agents of a language type on: QWERTY, AZERTY in French, QWERTZ in German. */
const keyboards: Record<string, KeyRows> = {
	en: ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
	fr: ['azertyuiop', 'qsdfghjklm', 'wxcvbn'],
	de: ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnm'],
	es: ['qwertyuiop', 'asdfghjklñ', 'zxcvbnm'],
};

/** Each key's row and column (rows shifted half a key, as on a keyboard), by keyboard. */
const layouts = new Map(
	Object.entries(keyboards).map(([lang, rows]) => [
		lang,
		new Map([...rows.entries()].flatMap(([row, keys]) => [...keys].map((key, column) => [key, { row, column: column + row * 0.5 }]))),
	]),
);

/** True when keys `a` and `b` touch on the keyboard of language `lang`. */
function neighbours(a: string, b: string, lang: string): boolean {
	const keyAt = layouts.get(baseLang(lang)) ?? layouts.get('en');
	const first = keyAt?.get(a);
	const second = keyAt?.get(b);
	return !!first && !!second && Math.abs(first.row - second.row) <= 1 && Math.abs(first.column - second.column) <= 1;
}

/** `é` → `e`, `ß` stays: a letter without its accents. */
function bare(letter: string): string {
	return letter.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Edits between `a` and `b` as typos make them (optimal string alignment): a
 * letter missed, doubled or two swapped count one; a wrong letter counts one
 * when its key touches the right one (on the keyboard of `lang`), one and a
 * half when it does not, so a real word ("wound") is not taken for a slip of
 * another ("would"); an accent left off or put on ("probleme", "problème")
 * counts a quarter.
 */
export function editDistance(a: string, b: string, lang = 'en'): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const x = a[i - 1] ?? '';
			const y = b[j - 1] ?? '';
			const cost = x === y ? 0 : bare(x) === bare(y) ? 0.25 : neighbours(bare(x), bare(y), lang) ? 1 : 1.5;
			const row = d[i] as number[];
			const above = d[i - 1] as number[];
			row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
			if (i > 1 && j > 1 && x === b[j - 2] && a[i - 2] === y) {
				row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
			}
		}
	}
	return (d[a.length] as number[])[b.length] as number;
}

/**
 * The vocabulary word closest to `term`, if it is a plausible typo: one edit
 * for words up to five letters, two for longer ones. `vocabulary` (the words
 * of the pages in language `lang`) is ordered most common first, which breaks
 * ties. A word of the vocabulary, accents aside (search finds "colere" as
 * "colère"), or of fewer than four letters ("say", "how": too short to tell a
 * typo from another word), is left alone.
 */
export function correctWord(term: string, vocabulary: readonly string[], lang = 'en'): string | undefined {
	const word = term.toLowerCase().normalize('NFC');
	if (word.length < 4 || vocabulary.includes(word)) return undefined;
	if (bareWords(vocabulary).has(bare(word))) return undefined;
	const allowed = word.length <= 5 ? 1 : 2;
	let best: { word: string; distance: number } | undefined;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > allowed) continue;
		const distance = editDistance(word, candidate, lang);
		if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
	}
	return best?.word;
}

const bareVocabularies = new WeakMap<readonly string[], Set<string>>();

/** The words of `vocabulary` without their accents, worked out once per vocabulary. */
function bareWords(vocabulary: readonly string[]): Set<string> {
	let words = bareVocabularies.get(vocabulary);
	if (!words) bareVocabularies.set(vocabulary, (words = new Set(vocabulary.map(bare))));
	return words;
}

/** `query` with each misspelled word replaced by its nearest vocabulary word (in language `lang`). */
export function correctQuery(query: string, vocabulary: readonly string[], lang = 'en'): string {
	return query
		.split(/\s+/)
		.filter(Boolean)
		.map((term) => correctWord(term, vocabulary, lang) ?? term)
		.join(' ');
}

/**
 * The vocabulary of some texts for {@link correctWord}: their words of three
 * letters or more, lowercase, most common first.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of text
			.toLowerCase()
			.normalize('NFC')
			.match(/\p{L}{3,}/gu) ?? [])
			counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * Whether `term` is among the playbook's commonest words (the first 2% of
 * `vocabulary`, most common first, and at least 10): in a customer-service
 * playbook "call" and "customer" are on nearly every page and say little.
 */
export function isCommon(term: string, vocabulary: readonly string[]): boolean {
	const word = term.toLowerCase();
	const common = Math.max(10, Math.ceil(vocabulary.length * 0.02));
	return vocabulary.slice(0, common).some((known) => known === word || known === `${word}s` || `${known}s` === word);
}
