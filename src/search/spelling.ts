/**
 * Spelling help for search: the nearest word of the playbook's vocabulary to a
 * misspelled term ("emapthy" → "empathy", "listning" → "listening").
 */

/** Edits between `a` and `b`, a swap of two neighbours counting as one (optimal string alignment). */
export function editDistance(a: string, b: string): number {
	const rows = a.length + 1;
	const cols = b.length + 1;
	const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
	for (let i = 1; i < rows; i++) {
		for (let j = 1; j < cols; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const row = d[i] as number[];
			const above = d[i - 1] as number[];
			row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				row[j] = Math.min(row[j] as number, ((d[i - 2] as number[])[j - 2] as number) + 1);
			}
		}
	}
	return (d[a.length] as number[])[b.length] as number;
}

/**
 * The vocabulary word closest to `term`, if it is a plausible typo: one edit
 * for words up to five letters, two for longer ones. `vocabulary` is ordered
 * most common first, which breaks ties. A word of the vocabulary is returned as is.
 */
export function correctWord(term: string, vocabulary: readonly string[]): string | undefined {
	const word = term.toLowerCase();
	if (word.length < 3 || vocabulary.includes(word)) return undefined;
	const allowed = word.length <= 5 ? 1 : 2;
	let best: { word: string; distance: number } | undefined;
	for (const candidate of vocabulary) {
		if (Math.abs(candidate.length - word.length) > allowed) continue;
		const distance = editDistance(word, candidate);
		if (distance <= allowed && (!best || distance < best.distance)) best = { word: candidate, distance };
	}
	return best?.word;
}

/** `query` with each misspelled word replaced by its nearest vocabulary word. */
export function correctQuery(query: string, vocabulary: readonly string[]): string {
	return query
		.split(/\s+/)
		.filter(Boolean)
		.map((term) => correctWord(term, vocabulary) ?? term)
		.join(' ');
}

/**
 * The vocabulary of some texts for {@link correctWord}: their words of four
 * letters or more, lowercase, most common first.
 */
export function vocabularyOf(texts: readonly string[]): string[] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}
