import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { pageData } from '../../src/directives/page-data.ts';
import { remarkSearchTerms } from '../../src/search/remark-search-terms.ts';
import { defaultSynonyms } from '../../src/search/synonyms.ts';

/** The search terms of a page with `markdown` as its body and `frontmatter` as Astro passes it to remark. */
function termsOf(markdown: string, frontmatter: Record<string, unknown> = {}) {
	const file = new VFile({ value: markdown, data: { astro: { frontmatter } } });
	const processor = unified().use(remarkParse).use(remarkSearchTerms, { synonyms: defaultSynonyms });
	processor.runSync(processor.parse(file), file);
	return pageData(file).search;
}

describe('remarkSearchTerms', () => {
	it('finds synonyms of the words in the text, the title, the situation and the keywords', () => {
		expect(termsOf('The caller is upset.').synonyms).toEqual(expect.arrayContaining(['angry', 'irate']));
		expect(termsOf('Nothing here.', { title: 'A refund' }).synonyms).toContain('reimbursement');
		expect(termsOf('Nothing here.', { situation: 'The caller is swearing' }).synonyms).toContain('abusive');
		expect(termsOf('Nothing here.', { keywords: ['vip'] }).synonyms).toContain('key account');
		expect(termsOf('Nothing to see.').synonyms).toEqual([]);
	});

	it('keeps each word of three letters or more once, lowercase, and leaves code out', () => {
		const { words } = termsOf('# Calm the Caller\n\nA calm voice calms. `ignoredcode`\n\n```\nfencedcode\n```\n');
		expect(words).toEqual(['calm', 'the', 'caller', 'voice', 'calms']);
	});
});
