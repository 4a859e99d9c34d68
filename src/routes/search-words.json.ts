import type { APIRoute } from 'astro';
import { playbookPages } from '../content/pages.ts';
import { vocabularyOf } from '../search/spelling.ts';

/** At most this many words: a typo is corrected to a word many pages use, and the file stays small for a big playbook. */
const maxWords = 8000;

/** `/search-words.json`: the playbook's words, most common first, for correcting typos in search. */
export const GET: APIRoute = async () => {
	// Each page's words once (its title's among them): a word is common when many pages use it.
	// Its synonyms too: a page is found by them, so they are no typos.
	const texts = (await playbookPages()).map(({ data }) => [...data.search.words, ...data.search.synonyms].join(' '));
	return new Response(JSON.stringify(vocabularyOf(texts).slice(0, maxWords)), { headers: { 'Content-Type': 'application/json' } });
};
