import type { Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPage, builtSidebar, fixturePath } from '../helpers/astro.ts';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';

/** The language of a built page's `<html>`. */
const langOf = (html: string) => /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];

describe('a playbook in English and French', () => {
	let session: BrowserSession;
	let page: Page;

	beforeAll(async () => {
		session = await openSite('i18n');
		page = session.page;
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	it('publishes each language under its own address, with its language on the page', () => {
		for (const route of ['', 'call-scripts/refund-request', 'call-scripts/hold', 'only-english', 'situations']) {
			expect(langOf(builtPage('i18n', route)), route).toBe('en');
			expect(langOf(builtPage('i18n', `fr/${route}`.replace(/\/$/, ''))), `fr/${route}`).toBe('fr');
		}
		expect(builtPage('i18n', 'fr/call-scripts/refund-request')).toContain('Le client demande un remboursement');
		// The French folder is a language, not a section of the English playbook.
		expect(existsSync(`${fixturePath('i18n')}dist/fr/fr/index.html`)).toBe(false);
	});

	it('lists each language’s pages in its sidebar, in the original’s sections, untranslated ones marked', () => {
		expect(builtSidebar('i18n', 'fr/call-scripts/refund-request')).toEqual([
			'Situations',
			'Guide du conseiller',
			'Escalation contacts [en]',
			'Call scripts > Mettre un appelant en attente',
			'Call scripts > Le client demande un remboursement *',
			'Call scripts > Transferring a call [en]',
			'Fiches mémo',
		]);
		expect(builtSidebar('i18n', 'call-scripts/refund-request')).toEqual([
			'Situations',
			'Desk playbook',
			'Escalation contacts',
			'Call scripts > Putting a caller on hold',
			'Call scripts > Customer asks for a refund *',
			'Call scripts > Transferring a call',
			'Desk cards',
		]);
	});

	it('gives Starlight’s own words on a page (heading links, aside titles) in the page’s language', () => {
		const french = builtPage('i18n', 'fr');
		expect(french).toContain('Section intitulée « Pendant un appel »');
		expect(french).toMatch(/<aside aria-label="Astuce"[^>]*starlight-aside--tip/);
		// A title the author wrote stays as written.
		expect(french).toMatch(/<aside aria-label="À retenir"/);
		expect(french).not.toContain('Section titled');
		const english = builtPage('i18n', '');
		expect(english).toContain('Section titled “During a call”');
		expect(english).toMatch(/<aside aria-label="Tip"/);
	});

	it('shows an untranslated page in the default language, marked as such, and only there', () => {
		const fallback = builtPage('i18n', 'fr/only-english');
		expect(fallback).toContain('Ask the shift lead first.');
		expect(fallback).toContain('pas encore disponible dans votre langue');
		// Its text is read as English, the page around it as French.
		expect(fallback).toMatch(/<main[^>]*\slang="en"/);
		expect(fallback).toMatch(/<html[^>]*\slang="fr"/);
		expect(builtPage('i18n', 'fr/call-scripts/refund-request')).not.toContain('pas encore disponible');
		expect(builtPage('i18n', 'only-english')).not.toContain('pas encore disponible');
	});

	it('switches language from the picker, to the same page in the other language', async () => {
		await page.goto(session.url('/call-scripts/refund-request/'));
		const picker = page.locator('starlight-lang-select select').first();
		await picker.selectOption({ label: 'Français' });
		await page.waitForURL('**/fr/call-scripts/refund-request/');
		expect(await page.locator('h1').first().textContent()).toBe('Le client demande un remboursement');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
		await page.locator('starlight-lang-select select').first().selectOption({ label: 'English' });
		await page.waitForURL((url) => url.pathname === '/call-scripts/refund-request/');
	});

	it('has no serious accessibility violation on a French page, a fallback page and French situations', async () => {
		for (const path of ['/fr/call-scripts/refund-request/', '/fr/only-english/', '/fr/situations/']) {
			await page.goto(session.url(path));
			expect(await page.evaluate(() => document.documentElement.lang), path).toBe('fr');
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
});
