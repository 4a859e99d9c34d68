import { describe, expect, it } from 'vitest';
import type { AreaStrings } from '../../src/i18n/define-strings.ts';
import * as searchGaps from '../../src/routes/search-gaps/strings.ts';
import * as situations from '../../src/routes/situations/strings.ts';
import * as search from '../../src/search/strings.ts';

const areas: Record<string, AreaStrings> = {
	search: search.strings,
	'search (browser)': search.browserStrings,
	situations: situations.strings,
	'search gaps': searchGaps.strings,
	'search gaps (browser)': searchGaps.browserStrings,
};

/** Words that are the same in English and the language (a chat is a chat). */
const sameEverywhere = new Set(['Chat', 'Situation', 'Situations', 'Script', 'Ctrl', 'Esc', 'Filter']);

const slots = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();

describe('the strings of search, situations and search gaps', () => {
	for (const [area, strings] of Object.entries(areas)) {
		it(`are translated in ${area}, every slot of the English kept`, () => {
			for (const lang of ['fr', 'es', 'de'] as const) {
				for (const [key, english] of Object.entries(strings.en)) {
					const translated = strings[lang][key];
					expect(translated, `${lang} ${key}`).toBeTruthy();
					expect(slots(translated ?? ''), `${lang} ${key}`).toEqual(slots(english));
					if (!sameEverywhere.has(english)) expect(translated, `${lang} ${key}`).not.toBe(english);
				}
			}
		});
	}

	it('write French with a non-breaking space before a colon and inside « »', () => {
		const french = Object.values(areas).flatMap((strings) => Object.values(strings.fr));
		expect(french.filter((text) => / [:;»]|« /.test(text))).toEqual([]);
	});
});
