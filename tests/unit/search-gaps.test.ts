import { describe, expect, it } from 'vitest';
import { gapsCsv, mergeGaps, parseGapsCsv, redactQuery } from '../../src/search/gaps.ts';

describe('search gaps', () => {
	it('writes CSV a spreadsheet will not run as formulas', () => {
		const csv = gapsCsv([
			{ query: '=HYPERLINK("http://evil.example","x")', count: 2, last: '2026-11-30T10:00:00.000Z' },
			{ query: '+1 refund', count: 1, last: '2026-11-30T09:00:00.000Z' },
			{ query: 'refund', count: 1, last: '2026-11-29T09:00:00.000Z' },
		]);
		expect(csv.split('\n')).toEqual([
			'query,count,last searched',
			'"\'=HYPERLINK(""http://evil.example"",""x"")",2,"2026-11-30T10:00:00.000Z"',
			'"\'+1 refund",1,"2026-11-30T09:00:00.000Z"',
			'"refund",1,"2026-11-29T09:00:00.000Z"',
		]);
	});

	it('redacts what may identify a customer before a query is kept or sent', () => {
		expect(redactQuery('refund for dana@example.com')).toBe('refund for [email]');
		expect(redactQuery('card 4111 1111 1111 1111 declined')).toBe('card [number] declined');
		expect(redactQuery('call +44 (0)20 7946 0958 back')).toBe('call [number] back');
		expect(redactQuery('account 12345678')).toBe('account [number]');
		expect(redactQuery('angry refund 14 days')).toBe('angry refund 14 days');
	});

	it('reads back what it exported, formulas guarded and quotes doubled, and merges several agents', () => {
		const first = [
			{ query: '=HYPERLINK("http://evil.example","x")', count: 2, last: '2026-11-30T10:00:00.000Z' },
			{ query: 'refund, "urgent"', count: 1, last: '2026-11-28T09:00:00.000Z' },
		];
		expect(parseGapsCsv(gapsCsv(first))).toEqual(first);
		const second = parseGapsCsv(
			'query,count,last searched\r\n"Refund,  ""urgent""",3,"2026-11-30T12:00:00.000Z"\r\n"fax number",1,"2026-11-01T08:00:00.000Z"\r\nnot a row\r\n',
		);
		expect(mergeGaps(first, second)).toEqual([
			{ query: 'refund, "urgent"', count: 4, last: '2026-11-30T12:00:00.000Z' },
			{ query: '=hyperlink("http://evil.example","x")', count: 2, last: '2026-11-30T10:00:00.000Z' },
			{ query: 'fax number', count: 1, last: '2026-11-01T08:00:00.000Z' },
		]);
	});
});
