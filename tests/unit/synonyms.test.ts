import { describe, expect, it } from 'vitest';
import { defaultSynonyms, parseSynonyms, synonymsFor } from '../../src/search/synonyms.ts';

describe('synonyms', () => {
	it('parses `a = b = c` lines', () => {
		expect(parseSynonyms(['Angry = upset =irate', 'lonely'])).toEqual([['angry', 'upset', 'irate']]);
	});

	it('adds the other words of every group a page uses, inflections and phrases included', () => {
		const groups = parseSynonyms(defaultSynonyms);
		const extra = synonymsFor('The caller was upset and wanted his money back.', groups);
		expect(extra).toEqual(expect.arrayContaining(['angry', 'irate', 'furious', 'refund', 'reimbursement']));
		expect(extra).not.toContain('upset');
		expect(synonymsFor('She complained twice.', groups)).toEqual(expect.arrayContaining(['complaint', 'grievance']));
		expect(synonymsFor('Nothing to see.', groups)).toEqual([]);
	});
});
