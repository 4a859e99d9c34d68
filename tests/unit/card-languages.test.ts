import { describe, expect, it } from 'vitest';
import { dateValues, htmlString, languageName } from '../../src/blocks/card/print/languages.ts';
import { pageCounterContent } from '../../src/booklet/page-css.ts';
import { translator } from '../../src/i18n/translate.ts';

describe('cards and booklets in the card’s language', () => {
	it('writes a review date both ways, the long one as the language writes it', () => {
		const reviewed = new Date('2026-10-01T00:00:00Z');
		expect(dateValues(reviewed, 'fr')).toEqual({ date: '1 octobre 2026', isoDate: '2026-10-01' });
		expect(dateValues(reviewed, 'de').date).toBe('1. Oktober 2026');
	});

	it('names a language the way the page’s language does', () => {
		expect(languageName('en', 'fr')).toBe('anglais');
		expect(languageName('en', 'de')).toBe('Englisch');
	});

	it('puts HTML in a string’s slots, the string itself escaped (a team may override it)', () => {
		const t = translator('en', { 'rapport.card.empty': 'No <b>cards</b> yet: write {{syntax}}.' });
		expect(htmlString(t, 'rapport.card.empty', { syntax: '<code>:::card</code>' })).toBe(
			'No &lt;b&gt;cards&lt;/b&gt; yet: write <code>:::card</code>.',
		);
	});

	it('numbers booklet pages in the booklet’s words, with the printer’s counters', () => {
		expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
		expect(pageCounterContent('Seite {{page}} von {{pages}}')).toBe('"Seite " counter(page) " von " counter(pages)');
		expect(pageCounterContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
	});
});
