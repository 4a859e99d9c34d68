/**
 * What of a typed query goes to Pagefind. Agents type questions ("how do I
 * say no"); Pagefind wants every word on a page, so the words that only make
 * it a question are left out. Negations ("no", "not", "won't") are never left
 * out: "say no" is not "say".
 */

/** Words that make a query a question or a sentence, not what it is about. */
const questionWords = new Set(
	(
		'a an the i me my we our us you your he she they them their it its this that these those ' +
		'how what when where who whom why which is are am was were be been being do does did doing ' +
		'to of for in on at by with about from into as if or and so then there here ' +
		'should shall can could would will may might must ' +
		"get got someone somebody something anyone im i'm ive i've theres there's its it's just really actually even ok okay"
	).split(' '),
);

/** The words of `query` worth searching for; all of them when every word is a question word. */
export function searchWords(query: string): string[] {
	const words = query.split(/\s+/).filter(Boolean);
	// A phone keyboard types ’ for ': "i’m" is "i'm".
	const meaningful = words.filter(
		(word) =>
			!questionWords.has(
				word
					.toLowerCase()
					.replace(/’/g, "'")
					.replace(/[^\p{L}']/gu, ''),
			),
	);
	return meaningful.length > 0 ? meaningful : words;
}
