/**
 * How much a match in each of the fields Rapport gives Pagefind about a page
 * raises it (Pagefind's `metaWeights`: a field that holds most of the query
 * adds its weight times the query's rarity to the score of the page's text).
 * A query that is most of a page's title, situation or keywords puts that
 * page first; synonyms let a page be found, just; the lines are there for the
 * results to show, not to rank.
 */
export const metaWeights: Record<string, number> = {
	title: 12,
	situation: 8,
	keywords: 6,
	description: 2,
	say: 0.5,
	synonyms: 0.5,
	lines: 0,
	image: 0,
	image_alt: 0,
};
