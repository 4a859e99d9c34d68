import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';

/** A non-breaking space, as French puts before `:` and inside « ». */
const nbsp = '\u00a0';

describe('search in each language of a playbook in English and French', () => {
	let session: BrowserSession;
	let page: Page;
	/** The typo vocabularies the pages fetched, by path. */
	const vocabularies: string[] = [];

	beforeAll(async () => {
		session = await openSite('i18n-search', { clipboard: true });
		page = session.page;
		page.on('request', (request) => {
			const { pathname } = new URL(request.url());
			if (pathname.endsWith('search-words.json')) vocabularies.push(pathname);
		});
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	const input = () => page.locator('#rapport-search-input');
	const status = () => page.locator('#rapport-search-status');

	/** Opens `path` and its search dialog. */
	async function openSearch(path: string): Promise<void> {
		await page.goto(session.url(path));
		await page.keyboard.press('Control+k');
	}

	/** Types `query` and returns the results shown once they are: each page's address and title. */
	async function search(query: string): Promise<{ url: string; title: string }[]> {
		await input().fill(query);
		await page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached' });
		return page.locator('.rapport-result').evaluateAll((results) =>
			results.map((result) => ({
				url: (result as HTMLElement).dataset['url'] ?? '',
				title: result.querySelector('.rapport-result__title')?.textContent ?? '',
			})),
		);
	}

	const urls = (results: { url: string }[]) => results.map((result) => result.url);

	it('answers a French search on a French page with French pages only, never an English page shown untranslated', async () => {
		await openSearch('/fr/call-scripts/refund-request/');
		expect(await search('remboursement')).toEqual([
			{ url: '/fr/call-scripts/refund-request/', title: 'Le client demande un remboursement' },
		]);
		// "problème" and the English "problem" (of /fr/only-english/, English text at a French address) are one word to Pagefind.
		expect(urls(await search('problème'))).toEqual(['/fr/call-scripts/angry-caller/']);
		expect(urls(await search('problem'))).toEqual(['/fr/call-scripts/angry-caller/']);
		// Only the English page has "supervisor": untranslated, it is no answer to a French search.
		expect(await search('supervisor')).toEqual([]);
		expect(await status().textContent()).toBe(
			`Aucun résultat pour «${nbsp}supervisor${nbsp}». Essayez d’autres mots, ou moins de filtres.`,
		);
	});

	it('answers the same search on an English page with English pages only', async () => {
		await openSearch('/call-scripts/refund-request/');
		const found = urls(await search('problem'));
		expect(found).toEqual(expect.arrayContaining(['/call-scripts/angry-caller/', '/only-english/']));
		expect(found.filter((url) => url.startsWith('/fr/'))).toEqual([]);
		expect(urls(await search('supervisor'))).toEqual(['/only-english/']);
		// A French word finds no French page from an English one (at most an English word it is a slip of: "reimbursement").
		expect(urls(await search('remboursement')).filter((url) => url.startsWith('/fr/'))).toEqual([]);
	});

	it('corrects a French typo against French words, and the same typo on an English page against English words', async () => {
		vocabularies.length = 0;
		await openSearch('/fr/');
		// "problme" is one edit from the French "problème" and from the English "problem": each language's own words decide.
		await input().fill('problme');
		await expect
			.poll(() => status().textContent())
			.toBe(`1 résultat pour «${nbsp}problème${nbsp}» (vous avez tapé «${nbsp}problme${nbsp}»).`);
		expect(urls(await search('problme'))).toEqual(['/fr/call-scripts/angry-caller/']);
		await input().fill('rembourssement');
		await expect
			.poll(() => status().textContent())
			.toContain(`pour «${nbsp}remboursement${nbsp}» (vous avez tapé «${nbsp}rembourssement${nbsp}»)`);
		expect(await search('rembourssement')).toEqual([
			{ url: '/fr/call-scripts/refund-request/', title: 'Le client demande un remboursement' },
		]);
		expect(vocabularies).toContain('/fr/search-words.json');
		expect(vocabularies).not.toContain('/search-words.json');

		await openSearch('/');
		await input().fill('problme');
		await expect.poll(() => status().textContent()).toContain('for “problem” (you typed “problme”)');
		expect(urls(await search('problme')).filter((url) => url.startsWith('/fr/'))).toEqual([]);
		expect(vocabularies).toContain('/search-words.json');
	});

	it('serves each language the words of its own pages only, for typo correction', async () => {
		const words = async (path: string) => (await (await fetch(session.url(path))).json()) as string[];
		const french = await words('/fr/search-words.json');
		const english = await words('/search-words.json');
		expect(french).toEqual(expect.arrayContaining(['problème', 'remboursement', 'commande']));
		expect(french).not.toContain('problem');
		// The English page shown untranslated at /fr/only-english/ lends French none of its words.
		expect(french).not.toContain('escalation');
		expect(english).toEqual(expect.arrayContaining(['problem', 'refund', 'escalation']));
		expect(english).not.toContain('remboursement');
	});

	it('finds a French page by the French words agents use for the same thing', async () => {
		await openSearch('/fr/');
		// The page says "en colère"; "énervé" and "furieux" are in the same French synonym group.
		expect((await search('énervé'))[0]?.url).toBe('/fr/call-scripts/angry-caller/');
		expect((await search('furieux'))[0]?.url).toBe('/fr/call-scripts/angry-caller/');
		await openSearch('/');
		expect(await search('énervé')).toEqual([]);
	});

	it('shows the dialog, its filters, results and keyboard help in French on a French page', async () => {
		await openSearch('/fr/');
		const dialog = page.getByRole('dialog', { name: 'Rechercher dans le guide' });
		expect(await dialog.isVisible()).toBe(true);
		expect(await input().getAttribute('placeholder')).toBe('Tapez deux mots, p. ex. colère remboursement');
		expect(await dialog.getByRole('button', { name: 'Fermer' }).isVisible()).toBe(true);
		const channels = dialog.getByRole('group', { name: 'Canal' });
		expect(await channels.getByRole('button').allTextContents()).toEqual(['Téléphone', 'Chat', 'E-mail', 'En personne']);
		expect(await dialog.getByRole('combobox', { name: 'Clients' }).locator('option').allTextContents()).toEqual([
			'Tous',
			'Externes',
			'Internes',
		]);
		expect((await page.locator('#rapport-search-help').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
			'↑ ↓ naviguer · Entrée ouvrir à la section · Maj+Entrée ouvrir en haut de la page · Ctrl+Entrée nouvel onglet · ' +
				'Alt+1–9 ouvrir le résultat 1 à 9 · Alt+C copier la phrase à dire · Échap fermer',
		);

		await search('colère');
		expect(await status().textContent()).toBe(`1 résultat pour «${nbsp}colère${nbsp}».`);
		const result = page.locator('#rapport-result-0');
		expect(await result.locator('.rapport-result__say').textContent()).toBe(
			`Dites${nbsp}: «${nbsp}Je comprends, et je suis désolé pour ce problème. Dites-moi ce qui s’est passé.${nbsp}»Copier · Alt+C`,
		);
		await page.keyboard.press('Alt+c');
		await expect.poll(() => status().textContent()).toMatch(new RegExp(`^Copié${nbsp}: Je comprends`));
		// The situations filter offers the situations of French pages only.
		await page.locator('select[data-filter="situation"]').focus();
		await expect
			.poll(() => page.locator('select[data-filter="situation"] option').allTextContents())
			.toEqual([
				'Toutes',
				"Le client est en colère à cause d'un problème avec sa commande.",
				"Un client veut être remboursé d'une commande.",
			]);
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('lists the French situations in French, a page not translated yet marked and read in its own language', async () => {
		await page.goto(session.url('/fr/situations/'));
		expect(await page.locator('h1').textContent()).toBe('Situations');
		expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Téléphone', 'Chat', 'Tous les canaux']);
		const fallback = page.locator('li[data-situation-fallback="yes"]');
		expect(await fallback.count()).toBe(1);
		expect(await fallback.locator('a').getAttribute('href')).toBe('/fr/only-english/');
		expect(await fallback.locator('a').getAttribute('lang')).toBe('en');
		expect(await fallback.locator('.rapport-situations__title').getAttribute('lang')).toBe('en');
		expect(await fallback.locator('.rapport-situations__badge').textContent()).toBe('en anglais');
		const phone = page.locator('section', { has: page.getByRole('heading', { name: 'Téléphone' }) });
		expect(await phone.locator('li').first().locator('.rapport-situations__badge').textContent()).toBe('Script');
		expect(await phone.locator('li a').first().getAttribute('lang')).toBeNull();
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('keeps the search gaps page in French, with dates as French writes them', async () => {
		await openSearch('/fr/');
		await page.evaluate(() => localStorage.clear());
		expect(await search('xylophone zèbre')).toEqual([]);
		await page.keyboard.press('Escape');
		await page.goto(session.url('/fr/search-gaps/'));
		expect(await page.locator('h1').textContent()).toBe('Recherches sans résultat');
		expect(await page.locator('.rapport-gaps th').allTextContents()).toEqual(['Recherche', 'Fois', 'Dernière']);
		expect(await page.locator('[data-gaps-rows] td').first().textContent()).toBe('xylophone zèbre');
		await page.locator('[data-gaps-import]').setInputFiles({
			name: 'gaps.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('query,count,last searched\n"fax",1200,"2026-11-29T10:00:00.000Z"\n'),
		});
		await expect
			.poll(() => page.locator('[data-gaps-merged]').textContent())
			.toMatch(/^Liste fusionnée de ce navigateur et de 1 fichier \(1 ligne lue\)\s: 2 recherches\./);
		const fax = await page.locator('[data-gaps-rows] tr').first().locator('td').allTextContents();
		expect(fax[0]).toBe('fax');
		expect(fax[1]).toMatch(/^1\s200$/);
		expect(fax[2]).toMatch(/^29 nov\. 2026/);
	});
});
