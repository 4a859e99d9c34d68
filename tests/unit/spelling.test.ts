import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, isCommon, vocabularyOf } from '../../src/search/spelling.ts';

describe('spelling help', () => {
	it('counts a swap of neighbours as one edit', () => {
		expect(editDistance('emapthy', 'empathy')).toBe(1);
		expect(editDistance('listning', 'listening')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(4);
	});

	it('counts a wrong letter next to the right key as one edit, and one far from it as one and a half', () => {
		expect(editDistance('shoe', 'show')).toBe(1);
		expect(editDistance('wound', 'would')).toBe(1.5);
	});

	it('corrects plausible typos to the most common nearest word, and leaves real words alone', () => {
		const vocabulary = ['listening', 'empathy', 'listing', 'caller'];
		expect(correctWord('emapthy', vocabulary)).toBe('empathy');
		expect(correctWord('listning', vocabulary)).toBe('listening');
		expect(correctWord('caller', vocabulary)).toBeUndefined();
		expect(correctWord('zebra', vocabulary)).toBeUndefined();
		expect(correctQuery('emapthy callr', vocabulary)).toBe('empathy caller');
	});

	it('leaves real words that are not slips of the playbook’s alone, and words too short to tell', () => {
		const vocabulary = ['would', 'look', 'stay', 'customer'];
		expect(correctWord('wound', vocabulary)).toBeUndefined();
		expect(correctWord('loop', vocabulary)).toBeUndefined();
		expect(correctWord('say', vocabulary)).toBeUndefined();
		expect(correctWord('custmer', vocabulary)).toBe('customer');
	});

	it('builds a vocabulary, most common words first', () => {
		expect(vocabularyOf(['The caller called the caller back.', 'A caller.'])).toEqual(['caller', 'the', 'back', 'called']);
	});

	it('tells the playbook’s commonest words (the first 2% of its vocabulary, at least 10), singular or plural', () => {
		const vocabulary = ['call', 'customer', ...Array.from({ length: 998 }, (_, index) => `word${index}`)];
		expect(isCommon('calls', vocabulary)).toBe(true);
		expect(isCommon('Customer', vocabulary)).toBe(true);
		// 1,000 words: the first 20 are common.
		expect(isCommon('word17', vocabulary)).toBe(true);
		expect(isCommon('word18', vocabulary)).toBe(false);
		expect(isCommon('call', ['call', 'customer'])).toBe(true);
	});
});
