import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rapportStrings } from '../../src/i18n/catalog.ts';
import { builtInLanguages, frenchSpacing } from '../../src/i18n/define-strings.ts';
import { formatDate } from '../../src/i18n/dates.ts';
import { localeOfPath, playbookLocales, translationKey } from '../../src/i18n/locales.ts';
import { readStringOverrides, siteI18n, translatorFor } from '../../src/i18n/site-i18n.ts';
import { resolveDictionary, translator } from '../../src/i18n/translate.ts';

const twoLocales = playbookLocales({ locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } } });

describe('the playbook’s languages', () => {
	it('reads Starlight’s locales: a root locale at the top, others in a folder of their name', () => {
		expect(twoLocales.default).toEqual({ dir: '', lang: 'en', label: 'English' });
		expect(localeOfPath('fr/call-scripts/hold.md', twoLocales).lang).toBe('fr');
		expect(localeOfPath('call-scripts/hold.md', twoLocales).lang).toBe('en');
		// A folder that merely starts like a locale is not one.
		expect(localeOfPath('french/hold.md', twoLocales).lang).toBe('en');
		expect(translationKey('fr/call-scripts/hold.md', twoLocales)).toBe('call-scripts/hold.md');
		expect(translationKey('fr', twoLocales)).toBe('');
	});

	it('takes the default from `defaultLocale` when there is no root locale, and English when there are no locales', () => {
		const folders = playbookLocales({ defaultLocale: 'de', locales: { en: { label: 'English' }, de: { label: 'Deutsch' } } });
		expect(folders.default).toEqual({ dir: 'de', lang: 'de', label: 'Deutsch' });
		expect(folders.all.map((locale) => locale.dir)).toEqual(['de', 'en']);
		expect(localeOfPath('en/x.md', folders).lang).toBe('en');
		expect(playbookLocales({}).all).toEqual([{ dir: '', lang: 'en', label: 'English' }]);
	});
});

describe('Rapport’s strings', () => {
	it('come in English, French, Spanish and German, each with every English key and the same {{slots}}', () => {
		const english = rapportStrings['en'] ?? {};
		expect(Object.keys(english).length).toBeGreaterThan(0);
		for (const lang of builtInLanguages) {
			const strings = rapportStrings[lang] ?? {};
			for (const [key, text] of Object.entries(english)) {
				expect(strings[key], `${lang}: ${key}`).toBeTruthy();
				// A date is given both ways (`{{date}}` "1 octobre 2026", `{{isoDate}}` 2026-10-01): each language picks one.
				const slots = (value: string) =>
					[...value.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => (match[1] === 'isoDate' ? 'date' : match[1])).sort();
				expect(slots(strings[key] ?? ''), `${lang}: ${key}`).toEqual(slots(text));
			}
			for (const key of Object.keys(strings)) expect(key.startsWith('rapport.'), `${lang}: ${key}`).toBe(true);
		}
	});

	it('fall back from a regional language to its base, then to the default language, then to English', () => {
		const dictionary = resolveDictionary('fr-CA', 'de', [
			{ en: { a: 'A', b: 'B', c: 'C', d: 'D' }, de: { b: 'B de', c: 'C de' }, fr: { c: 'C fr' } },
			{ 'fr-CA': { d: 'D ca' } },
		]);
		expect(dictionary).toEqual({ a: 'A', b: 'B de', c: 'C fr', d: 'D ca' });
	});

	it('fill {{slots}} and choose the plural form by count, in the language’s rules', () => {
		const t = translator('fr', { steps_one: '{{count}} étape', steps_other: '{{count}} étapes', hello: 'Bonjour {{name}}' });
		expect(t('steps', { count: 0 })).toBe('0 étape');
		expect(t('steps', { count: 2 })).toBe('2 étapes');
		// French says « 1 million d’étapes »: a form the strings lack falls back to the other one.
		expect(t('steps', { count: 1_000_000 })).toBe('1000000 étapes');
		expect(t('hello', { name: 'Ana' })).toBe('Bonjour Ana');
		expect(t('hello')).toBe('Bonjour {{name}}');
		expect(t('rapport.unknown')).toBe('rapport.unknown');
	});

	it('let a team override any of them in Starlight’s src/content/i18n/<lang>.json or .yml', () => {
		const src = mkdtempSync(join(tmpdir(), 'rapport-i18n-'));
		mkdirSync(join(src, 'content', 'i18n'), { recursive: true });
		const [key] = Object.keys(rapportStrings['fr'] ?? {});
		expect(key).toBeDefined();
		writeFileSync(
			join(src, 'content', 'i18n', 'fr.json'),
			JSON.stringify({ [key ?? '']: 'Texte de l’équipe', 'search.label': 'Chercher' }),
		);
		writeFileSync(join(src, 'content', 'i18n', 'de.yml'), `"${key}": Text des Teams\n`);
		writeFileSync(join(src, 'content', 'i18n', 'notes.txt'), 'not strings');
		const overrides = readStringOverrides(src);
		expect(Object.keys(overrides).sort()).toEqual(['de', 'fr']);
		const i18n = siteI18n(twoLocales, overrides);
		expect(translatorFor(i18n, 'fr')(key ?? '')).toBe('Texte de l’équipe');
		expect(translatorFor(i18n, 'en')(key ?? '')).toBe(rapportStrings['en']?.[key ?? '']);
		// A language the site does not have gets the default language's strings.
		expect(translatorFor(i18n, 'de').lang).toBe('en');
		expect(readStringOverrides(join(src, 'missing'))).toEqual({});
	});

	it('space French punctuation as French typesetting does, so no line starts with a colon', () => {
		expect(frenchSpacing('Dites : « Bonjour » ? Oui !')).toBe('Dites\u00a0: «\u00a0Bonjour\u00a0»\u00a0? Oui\u00a0!');
		expect(frenchSpacing('https://x.example/?a=b')).toBe('https://x.example/?a=b');
		for (const text of Object.values(rapportStrings['fr'] ?? {})) expect(text).not.toMatch(/ [:;?!»]|« /);
	});

	it('write dates the way each language does', () => {
		expect(formatDate('2026-10-01', 'fr')).toBe('1 octobre 2026');
		expect(formatDate('2026-10-01', 'en-GB')).toBe('1 October 2026');
		expect(formatDate(new Date('2026-10-01T00:00:00Z'), 'de')).toBe('1. Oktober 2026');
		expect(formatDate('2026-10-01', 'es')).toBe('1 de octubre de 2026');
	});
});
