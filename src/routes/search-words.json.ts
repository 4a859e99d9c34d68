import type { APIRoute } from 'astro';
import { playbookPages } from '../content/pages.ts';
import { vocabularyOf } from '../search/spelling.ts';

/** `/search-words.json`: the playbook's words, most common first, for correcting typos in search. */
export const GET: APIRoute = async () => {
	// Each page's words once (its title's among them): a word is common when many pages use it.
	// Its synonyms too: a page is found by them, so they are no typos.
	const texts = (await playbookPages()).map(({ data }) => [...data.search.words, ...data.search.synonyms].join(' '));
	return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
