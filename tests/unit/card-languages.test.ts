import { describe, expect, it } from 'vitest';
import { cardKind } from '../../src/blocks/card/print/card-kind.ts';
import { pageCounterContent } from '../../src/booklet/page-css.ts';
import { dateValues } from '../../src/i18n/dates.ts';
import { languageName } from '../../src/i18n/language-name.ts';
import { fill } from '../../src/i18n/translate.ts';

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

	it('says what a card is in the card’s language: the section label set for that language, else nothing (the caller says "Desk card")', () => {
		const labels = { 'call-scripts': 'Scripts', 'fr/call-scripts': 'Scripts d’appel' };
		expect(cardKind(labels, 'call-scripts', '', '')).toBe('Scripts');
		expect(cardKind({}, 'call-scripts', '', '')).toBe('Call scripts');
		expect(cardKind(labels, 'call-scripts', 'fr', '')).toBe('Scripts d’appel');
		// Neither the English label nor the folder's English name on a French card.
		expect(cardKind({ 'call-scripts': 'Scripts' }, 'call-scripts', 'fr', '')).toBeUndefined();
		expect(cardKind({}, 'call-scripts', 'fr', '')).toBeUndefined();
		expect(cardKind(labels, undefined, '', '')).toBeUndefined();
		// A default language in a folder of its own takes its labels as the sidebar does.
		expect(cardKind({ 'en/call-scripts': 'Scripts (en)' }, 'call-scripts', 'en', 'en')).toBe('Scripts (en)');
	});

	it('fills `{{name}}` slots with one definition of a slot, spaces inside the braces allowed', () => {
		expect(fill('Card: {{ label }} ({{size}}, {{missing}})', { label: 'Refund', size: 'A6' })).toBe('Card: Refund (A6, {{missing}})');
	});

	it('numbers booklet pages in the booklet’s words, with the printer’s counters', () => {
		expect(pageCounterContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
		expect(pageCounterContent('Seite {{page}} von {{pages}}')).toBe('"Seite " counter(page) " von " counter(pages)');
		expect(pageCounterContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
	});
});
