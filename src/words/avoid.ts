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
 * The forms of an English word an agent may say: `crash` → crash, crashes,
 * crashed, crashing; `outage` → outages; `stop` → stopped, stopping; `reply` → replies, replied.
 */
export function inflections(word: string): string[] {
	const forms = new Set([word, `${word}s`, `${word}es`, `${word}ed`, `${word}ing`, `${word}er`, `${word}ers`]);
	if (word.endsWith('e')) {
		const stem = word.slice(0, -1);
		for (const ending of ['ed', 'ing', 'er', 'ers']) forms.add(stem + ending);
	}
	if (/[^aeiou]y$/.test(word)) {
		const stem = word.slice(0, -1);
		forms.add(`${stem}ies`).add(`${stem}ied`);
	}
	if (/[^aeiou][aeiou][bdgklmnprt]$/.test(word)) {
		const doubled = word + word.at(-1);
		forms.add(`${doubled}ed`).add(`${doubled}ing`);
	}
	return [...forms];
}

/** Finds avoided words (any case, any inflection of the last word of a phrase) in `text`. */
export function findAvoidedWords(text: string, avoid: Record<string, string>): AvoidedWord[] {
	const found: AvoidedWord[] = [];
	for (const [word, suggestion] of Object.entries(avoid)) {
		for (const match of text.matchAll(patternFor(word))) {
			found.push({ index: match.index, written: match[0], word, suggestion });
		}
	}
	return found.sort((a, b) => a.index - b.index);
}

const patterns = new Map<string, RegExp>();

function patternFor(word: string): RegExp {
	let pattern = patterns.get(word);
	if (!pattern) {
		const words = word.toLowerCase().trim().split(/\s+/);
		const last = words.pop() ?? '';
		const lead = words.map((part) => `${escape(part)}\\s+`).join('');
		const forms = inflections(last)
			.sort((a, b) => b.length - a.length)
			.map(escape)
			.join('|');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${lead}(?:${forms})(?![\\p{L}\\p{N}])`, 'giu');
		patterns.set(word, pattern);
	}
	return pattern;
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
	fr: {},
	es: {},
	de: {},
};
