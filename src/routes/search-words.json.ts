import type { APIRoute } from 'astro';
import { playbookPages } from '../content/pages.ts';
import { vocabularyOf } from '../search/spelling.ts';

/** `/search-words.json`: the playbook's words, most common first, for correcting typos in search. */
export const GET: APIRoute = async () => {
	const texts = (await playbookPages()).map(({ entry }) =>
		[entry.data.title, entry.data.situation ?? '', entry.data.keywords.join(' '), entry.body ?? ''].join(' '),
	);
	return new Response(JSON.stringify(vocabularyOf(texts)), { headers: { 'Content-Type': 'application/json' } });
};
