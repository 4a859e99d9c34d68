import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/options.ts';
import { avoidWordsFor, synonymsFor } from '../../src/i18n/language-options.ts';
import { defaultSynonyms } from '../../src/search/synonyms.ts';
import { defaultAvoidWords, defaultAvoidWordsByLanguage } from '../../src/words/avoid.ts';

describe('options', () => {
	it('applies defaults', () => {
		expect(parseOptions(undefined)).toEqual({
			playbooks: './playbooks',
			reviewAfterDays: 180,
			sectionLabels: {},
			sidebarLimit: 120,
			rawHtml: true,
			offline: true,
		});
	});

	it('names each wrong option, what it accepts and what it got', () => {
		expect(() => parseOptions({ reviewAfterDays: 'soon', colour: 'red' })).toThrowErrorMatchingInlineSnapshot(`
			[Error: Invalid Rapport options in astro.config.mjs:
			- **reviewAfterDays**: expected a whole number of days, 1 or more, received "soon"
			- **(options)**: unknown option \`colour\`; expected one of \`playbooks\`, \`reviewAfterDays\`, \`sectionLabels\`, \`sidebarLimit\`, \`avoidWords\`, \`synonyms\`, \`searchGapsEndpoint\`, \`reportProblem\`, \`rawHtml\`, \`offline\`
			See "Configuration" in README.md for every option.]
		`);
	});

	it('takes a report template of a web or mail address with known {names} only', () => {
		expect(parseOptions({ reportProblem: 'mailto:leads@example.com?subject={title}' }).reportProblem).toBe(
			'mailto:leads@example.com?subject={title}',
		);
		expect(() => parseOptions({ reportProblem: 'https://git.example/new?title={page}' })).toThrow(
			'**reportProblem**: expected an http(s) or mailto: address whose {names} are among {title}, {url}, {file}, {owner}',
		);
		expect(() => parseOptions({ reportProblem: 'javascript:alert({title})' })).toThrow('**reportProblem**');
	});

	it('takes words to avoid and synonyms as one list for the default language, or one per language', () => {
		const single = parseOptions({ avoidWords: { glitch: 'problem' }, synonyms: ['headset = headphones'] });
		expect(avoidWordsFor(single.avoidWords, 'en', 'en')).toEqual({ glitch: 'problem' });
		expect(avoidWordsFor(single.avoidWords, 'fr', 'en')).not.toHaveProperty('glitch');
		expect(synonymsFor(single.synonyms, 'en-GB', 'en')).toEqual(['headset = headphones']);
		const perLanguage = parseOptions({ avoidWords: { fr: { bug: 'souci' } }, synonyms: { fr: ['casque = écouteurs'] } });
		expect(avoidWordsFor(perLanguage.avoidWords, 'fr-CA', 'en')).toEqual({ bug: 'souci' });
		expect(avoidWordsFor(perLanguage.avoidWords, 'en', 'en')).toEqual(defaultAvoidWords);
		expect(synonymsFor(perLanguage.synonyms, 'fr', 'en')).toEqual(['casque = écouteurs']);
		expect(synonymsFor(undefined, 'en', 'fr')).toEqual(defaultSynonyms);
		expect(() => parseOptions({ avoidWords: { fr: ['souci'] } })).toThrow(
			'**avoidWords**: expected an object of word → what to say instead',
		);
		// The README's example under "Languages", as written there.
		const readme = parseOptions({
			synonyms: { fr: ['casque = écouteurs = micro-casque'] },
			avoidWords: { fr: { ...defaultAvoidWordsByLanguage['fr'], bug: 'souci' } },
		});
		expect(avoidWordsFor(readme.avoidWords, 'fr', 'en')).toMatchObject({ bug: 'souci', panne: 'interruption de service' });
		expect(avoidWordsFor(readme.avoidWords, 'en', 'en')).toEqual(defaultAvoidWords);
		expect(synonymsFor(readme.synonyms, 'en', 'en')).toEqual(defaultSynonyms);
		// One list mixed with per-language lists is neither form: refused, not half read.
		expect(() => parseOptions({ avoidWords: { ...defaultAvoidWords, fr: { bug: 'souci' } } })).toThrow('**avoidWords**');
	});
});
