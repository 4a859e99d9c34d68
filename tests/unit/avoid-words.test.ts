import { describe, expect, it } from 'vitest';
import { defaultAvoidWords, findAvoidedWords, inflections } from '../../src/words/avoid.ts';

describe('words to avoid', () => {
	it('knows the inflections of a word', () => {
		expect(inflections('crash')).toEqual(expect.arrayContaining(['crash', 'crashes', 'crashed', 'crashing']));
		expect(inflections('outage')).toContain('outages');
		expect(inflections('stop')).toEqual(expect.arrayContaining(['stopped', 'stopping']));
		expect(inflections('reply')).toEqual(expect.arrayContaining(['replies', 'replied']));
	});

	it('finds words in any case and inflection, with where they start', () => {
		expect(findAvoidedWords('The server crashed during the Outages.', defaultAvoidWords)).toEqual([
			{ index: 11, written: 'crashed', word: 'crash', suggestion: 'stopped working' },
			{ index: 30, written: 'Outages', word: 'outage', suggestion: 'service interruption' },
		]);
	});

	it('finds phrases, and leaves words that only contain an avoided word', () => {
		expect(findAvoidedWords('Please calm  down.', defaultAvoidWords).map((found) => found.written)).toEqual(['calm  down']);
		expect(findAvoidedWords('A crashpad and a brokenness.', defaultAvoidWords)).toEqual([]);
	});
});
