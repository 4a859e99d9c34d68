import { describe, expect, it } from 'vitest';
import { correctQuery, correctWord, editDistance, vocabularyOf } from '../../src/search/spelling.ts';

describe('spelling help', () => {
	it('counts a swap of neighbours as one edit', () => {
		expect(editDistance('emapthy', 'empathy')).toBe(1);
		expect(editDistance('listning', 'listening')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
	});

	it('corrects plausible typos to the most common nearest word, and leaves real words alone', () => {
		const vocabulary = ['listening', 'empathy', 'listing', 'caller'];
		expect(correctWord('emapthy', vocabulary)).toBe('empathy');
		expect(correctWord('listning', vocabulary)).toBe('listening');
		expect(correctWord('caller', vocabulary)).toBeUndefined();
		expect(correctWord('zebra', vocabulary)).toBeUndefined();
		expect(correctQuery('emapthy callr', vocabulary)).toBe('empathy caller');
	});

	it('builds a vocabulary, most common words first', () => {
		expect(vocabularyOf(['The caller called the caller back.', 'A caller.'])).toEqual(['caller', 'back', 'called']);
	});
});
