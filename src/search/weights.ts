/**
 * Pagefind weights of the words Rapport adds to a page. They are unlike any
 * weight Pagefind gives text or headings (whole numbers), so the browser can
 * tell a match in them from a match in the text, and show the text instead.
 */

/** Keywords from the frontmatter: they raise the page, above its headings. */
export const keywordWeight = 9.5;

/** Synonyms of words the page uses: they let it be found, just. */
export const synonymWeight = 0.5;

/** True when a match of this weight is in words Rapport added rather than the page's text. */
export function isAddedWord(weight: number): boolean {
	return Math.abs(weight - keywordWeight) < 0.01 || Math.abs(weight - synonymWeight) < 0.01;
}
