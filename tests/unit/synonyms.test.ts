import { describe, expect, it } from 'vitest';
import { defaultSynonyms, parseSynonyms, synonymFinder } from '../../src/search/synonyms.ts';

describe('synonyms', () => {
	it('parses `a = b = c` lines', () => {
		expect(parseSynonyms(['Angry = upset =irate', 'lonely'])).toEqual([['angry', 'upset', 'irate']]);
	});

	it('adds the other words of every group a page uses, inflections and phrases included', () => {
		const synonymsFor = synonymFinder(parseSynonyms(defaultSynonyms));
		const extra = synonymsFor('The caller was upset and wanted his money back.');
		expect(extra).toEqual(expect.arrayContaining(['angry', 'irate', 'furious', 'refund', 'reimbursement']));
		expect(extra).not.toContain('upset');
		expect(synonymsFor('She complained twice.')).toEqual(expect.arrayContaining(['complaint', 'grievance']));
		expect(synonymsFor('Nothing to see.')).toEqual([]);
		// A phrase counts as written, word for word, wherever it is.
		expect(synonymsFor('He wants his money. Come back later.')).not.toContain('refund');
		expect(synonymsFor('Ask about the money first, then offer the money back.')).toContain('refund');
	});
});
