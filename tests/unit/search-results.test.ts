import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/search/query.ts';
import { ranked, sameWord, toShown, type PagefindResultData } from '../../src/search/results.ts';

/** A Pagefind result as its data() resolves: `content` and the indexes of the matched words in it. */
function result(
	url: string,
	meta: Record<string, string>,
	content: string,
	matched: string[],
	subResults: PagefindResultData['sub_results'] = [],
): PagefindResultData {
	const words = content.split(' ');
	const locations = words.flatMap((word, index) => (matched.includes(word.toLowerCase().replace(/\W/g, '')) ? [index] : []));
	return {
		url,
		excerpt: 'the <mark>page</mark> excerpt',
		content,
		meta,
		locations,
		weighted_locations: locations.map((location) => ({ weight: 1, balanced_score: 10, location })),
		sub_results: subResults,
	};
}

describe('search results', () => {
	it('drops the words that only make a query a question, and never a negation', () => {
		expect(searchWords('how do I say no')).toEqual(['say', 'no']);
		expect(searchWords('who is my customer')).toEqual(['customer']);
		expect(searchWords("I can't refund it")).toEqual(["can't", 'refund']);
		expect(searchWords('what is it')).toEqual(['what', 'is', 'it']);
		expect(searchWords('i’m stuck')).toEqual(['stuck']);
	});

	it('tells a form of a word from a word that only starts the same', () => {
		expect(sameWord('listened', 'listening')).toBe(true);
		expect(sameWord('customer', 'customers')).toBe(true);
		expect(sameWord('refun', 'refund')).toBe(true);
		expect(sameWord('orchid', 'or')).toBe(false);
		expect(sameWord('orchid', 'orchestra')).toBe(false);
	});

	it('opens the section with the most weight of matches, with its own excerpt and line to say', () => {
		const data = result(
			'/habits/',
			{ title: 'Sixteen habits', say: 'Thanks for calling', lines: '{"avoid":"Let me check that for you."}' },
			'Sixteen habits words to avoid',
			['avoid'],
			[
				{ title: 'Sixteen habits', url: '/habits/', excerpt: 'top', weighted_locations: [{ weight: 1, balanced_score: 2, location: 0 }] },
				{
					title: 'Words to avoid',
					url: '/habits/#avoid',
					excerpt: 'words to <mark>avoid</mark>',
					anchor: { id: 'avoid', element: 'h2' },
					weighted_locations: [{ weight: 7, balanced_score: 40, location: 4 }],
				},
			],
		);
		expect(toShown(data, ['avoid'], ['words', 'to', 'avoid'])).toMatchObject({
			url: '/habits/#avoid',
			pageUrl: '/habits/',
			section: 'Words to avoid',
			excerpt: 'words to <mark>avoid</mark>',
			say: 'Let me check that for you.',
		});
	});

	it('treats Starlight’s title heading as the top of the page, with the page’s line to say', () => {
		const data = result(
			'/no/',
			{ title: 'Saying no', say: 'Here is what I can do' },
			'Saying no',
			['no'],
			[
				{
					title: 'Saying no',
					url: '/no/#_top',
					excerpt: 'saying <mark>no</mark>',
					anchor: { id: '_top', element: 'h1' },
					weighted_locations: [{ weight: 7, balanced_score: 40, location: 1 }],
				},
			],
		);
		expect(toShown(data, ['no'], ['no'])).toMatchObject({ url: '/no/', section: undefined, say: 'Here is what I can do' });
	});

	it('puts the page the query names first, and near matches of a word last', () => {
		const body = result('/a/', { title: 'Active listening' }, 'you say no to it', ['say', 'no']);
		const named = result('/b/', { title: 'Saying no positively' }, 'decline kindly', []);
		const near = result('/c/', { title: 'Orders' }, 'or else', ['or']);
		const shown = ranked([
			toShown(near, ['orchid'], ['orchid']),
			toShown(body, ['say', 'no'], ['how', 'do', 'i', 'say', 'no']),
			toShown(named, ['say', 'no'], ['how', 'do', 'i', 'say', 'no']),
		]);
		expect(shown.map((item) => item.pageUrl)).toEqual(['/b/', '/a/', '/c/']);
		expect(shown.map((item) => item.held)).toEqual([2, 2, 0]);
	});

	it('puts the page whose title holds more of the words typed first when the query names two', () => {
		const billing = result('/billing/', { title: 'Customer disputes a charge' }, 'a customer charge', ['customer']);
		const customers = result('/customers/', { title: 'Who our customers are' }, 'our customers', ['customers']);
		const typed = ['who', 'is', 'my', 'customer'];
		const shown = ranked([toShown(billing, ['customer'], typed), toShown(customers, ['customer'], typed)]);
		expect(shown.map((item) => [item.pageUrl, item.named])).toEqual([
			['/customers/', 2.3],
			['/billing/', 1.3],
		]);
	});

	it('shows the description when only the metadata matched, and survives broken lines metadata', () => {
		const data = result('/d/', { title: 'Refunds', description: 'Money back, <fast>', lines: '{not json' }, 'text', []);
		expect(toShown(data, ['refunds'], ['refunds'])).toMatchObject({ excerpt: 'Money back, &lt;fast&gt;', say: undefined, held: 1 });
	});
});
