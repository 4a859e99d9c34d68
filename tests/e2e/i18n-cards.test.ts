import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, builtPage, fixturePath, repoRoot, type CommandResult } from '../helpers/astro.ts';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';
import { readPdf, type ReadPage } from '../helpers/pdf.ts';

/** English at the root, French in fr/: the refund card translated, the transfer card (on a page French lacks) not yet. */
const fixture = 'i18n';
const root = fixturePath(fixture);

/** Text as compared here: without spaces (pdf.js splits runs where Chromium sets words apart). */
function squeeze(text: string): string {
	return text.replace(/\s+/g, '');
}

/** The words of a card's footer in each language, as they must come out on paper. */
const footers = {
	fr: { reviewed: 'Relue le 1 octobre 2026', report: 'Une erreur ? Signalez-la' },
	en: { reviewed: 'Reviewed 2026-10-01', report: 'Wrong? Report it' },
};
/** Words of an English footer that must not be on a French card. */
const englishFooterWords = ['Reviewed', 'Wrong?', 'Report it', 'Desk card', '2026-10-01'];

describe('desk cards in two languages', () => {
	let build: CommandResult;
	let session: BrowserSession;
	let page: Page;

	/** Prints `path` as the card tests do (CSS page sizes, backgrounds) and reads the PDF back, sheet by sheet. */
	async function printed(path: string): Promise<ReadPage[]> {
		await page.goto(session.url(path));
		await page.evaluate(() => document.fonts.ready);
		return readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
	}

	/** The one sheet that prints `text`, squeezed. */
	function sheetWith(sheets: ReadPage[], text: string): string {
		const found = sheets.map((sheet) => squeeze(sheet.text)).filter((sheet) => sheet.includes(squeeze(text)));
		expect(found, `sheets printing "${text}"`).toHaveLength(1);
		return found[0] ?? '';
	}

	beforeAll(async () => {
		build = buildOnce(fixture);
		session = await openSite(fixture);
		page = session.page;
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	it('builds each language’s cards on its own routes, with no route taken twice', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).not.toMatch(/conflicts with higher priority route/i);
		for (const route of [
			'cards',
			'cards/refund-card',
			'cards/transfer-card',
			'fr/cards',
			'fr/cards/refund-card',
			'fr/cards/transfer-card',
		]) {
			expect(existsSync(`${root}dist/${route}/index.html`), route).toBe(true);
		}
		expect(builtPage(fixture, 'cards/refund-card')).toContain('Check the order number.');
		expect(builtPage(fixture, 'fr/cards/refund-card')).toContain('Vérifiez le numéro de commande.');
	});

	it('prints a French card in French: its text, a French footer and a French date, no English footer word', async () => {
		const sheets = await printed('/fr/cards/refund-card/');
		expect(sheets).toHaveLength(1);
		const text = squeeze(sheets.map((sheet) => sheet.text).join(' '));
		expect(text).toContain(squeeze('Remboursement'));
		expect(text).toContain(squeeze('Vérifiez le numéro de commande.'));
		expect(text).toContain(squeeze(footers.fr.reviewed));
		expect(text).toContain(squeeze(footers.fr.report));
		for (const word of englishFooterWords) expect(text, word).not.toContain(squeeze(word));
	});

	it('prints /fr/cards/ with each card in its own language: the French card in French, the card not translated yet in English', async () => {
		const sheets = await printed('/fr/cards/');
		const french = sheetWith(sheets, 'Vérifiez le numéro de commande.');
		expect(french).toContain(squeeze(footers.fr.reviewed));
		expect(french).toContain(squeeze(footers.fr.report));
		for (const word of englishFooterWords) expect(french, word).not.toContain(squeeze(word));
		// The transfer card's back ends with the report line; both faces say when the page was reviewed.
		const english = sheetWith(sheets, 'stay on the line until the team answers');
		expect(english).toContain(squeeze('Reviewed 2026-09-15'));
		expect(english).toContain(squeeze(footers.en.report));
		expect(english).not.toContain(squeeze('Relue le'));
		expect(sheetWith(sheets, 'Name the team that takes over.')).toContain(squeeze('Reviewed 2026-09-15'));
	});

	it('prints the English card at /cards/ with the English footer and date', async () => {
		const sheets = await printed('/cards/');
		const english = sheetWith(sheets, 'Check the order number.');
		expect(english).toContain(squeeze(footers.en.reviewed));
		expect(english).toContain(squeeze(footers.en.report));
		expect(english).not.toContain(squeeze('Relue le'));
		expect(sheets.map((sheet) => sheet.text).join(' ')).not.toContain('Vérifiez');
	});

	it('marks the languages in /fr/cards/: French page, the card not translated yet in English, hooks and links in French', async () => {
		await page.goto(session.url('/fr/cards/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		const refund = page.locator('[data-playbook="card"]#refund-card');
		const transfer = page.locator('[data-playbook="card"]#transfer-card');
		expect(await refund.count()).toBe(1);
		expect(await transfer.count()).toBe(1);
		expect(await refund.evaluate((card) => card.closest('[lang]')?.getAttribute('lang'))).toBe('fr');
		expect(await transfer.getAttribute('lang')).toBe('en');
		// Said once, in French, that it is not translated yet.
		expect(await page.locator('[data-fallback] .rapport-cards-untranslated').textContent()).toBe('Pas encore traduite\u00a0: en anglais.');
		// Card → page, and card → print page, in French.
		expect(await refund.locator('a', { hasText: 'Sur sa page' }).getAttribute('href')).toBe('/fr/call-scripts/refund-request/#refund-card');
		expect(await transfer.locator('a', { hasText: 'Sur sa page' }).getAttribute('href')).toBe('/fr/call-scripts/transfer/#transfer-card');
		expect(await refund.locator('a', { hasText: 'Imprimer cette fiche' }).getAttribute('href')).toBe('/fr/cards/refund-card/');
		expect(await page.getByRole('button', { name: 'Imprimer toutes les fiches' }).count()).toBe(1);
		expect(await page.locator('[data-status]').textContent()).toBe('2 fiches, chaque face sur sa propre feuille au format de la fiche.');
		expect(await page.locator('link[rel="alternate"][hreflang="en"]').getAttribute('href')).toBe('https://playbook.example.com/cards/');
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('marks the English title of a card not translated yet in the French heading and back link of its print page', async () => {
		await page.goto(session.url('/fr/cards/transfer-card/'));
		expect(await page.locator('html').getAttribute('lang')).toBe('fr');
		const heading = page.locator('h1');
		expect(await heading.textContent()).toBe('Fiche\u00a0: Before a transfer');
		expect(await heading.locator('[lang="en"]').textContent()).toBe('Before a transfer');
		const back = page.locator('.rapport-cards-toolbar a[href="/fr/call-scripts/transfer/"]');
		expect(await back.locator('[lang="en"]').textContent()).toBe('Transferring a call');
		// A translated card's title is French, like the page: nothing to mark.
		await page.goto(session.url('/fr/cards/refund-card/'));
		expect(await page.locator('h1 [lang]').count()).toBe(0);
	});

	it('says what a card is in the card’s language: "Fiche mémo" on a French card without a French section label, the section on an English one', async () => {
		await page.goto(session.url('/fr/cards/'));
		expect(await page.locator('#refund-card .rapport-sheet__kind').first().textContent()).toBe('Fiche mémo');
		expect(await page.locator('#transfer-card .rapport-sheet__kind').first().textContent()).toBe('Call scripts');
	});

	it('speaks French in the browser too: office sheets, the alignment test', async () => {
		await page.goto(session.url('/fr/cards/?paper=a4'));
		await expect.poll(() => page.locator('[data-status]').textContent()).toContain('2 fiches sur');
		expect(await page.locator('[data-status]').textContent()).toContain('feuilles A4');
		await page.goto(session.url('/fr/cards/?alignment=1&size=a6&paper=a4'));
		const back = page.locator('.rapport-alignment .rapport-office-sheet[data-side="back"] .rapport-align-cell').first();
		expect(await back.textContent()).toBe('2verso (retourner\u00a0: bord long)');
	});

	it('links the desk cards from the sidebar in each language, labelled in it', () => {
		expect(builtPage(fixture, 'fr')).toMatch(/<a href="\/fr\/cards\/"[^>]*>\s*<span[^>]*>Fiches mémo/);
		expect(builtPage(fixture, '')).toMatch(/<a href="\/cards\/"[^>]*>\s*<span[^>]*>Desk cards/);
		// On its page, a French card's print link is the French print page.
		expect(builtPage(fixture, 'fr/call-scripts/refund-request')).toContain(
			'href="/fr/cards/refund-card/" class="rapport-card__print">Imprimer cette fiche</a>',
		);
	});

	it('makes the booklet per language at /fr/print/, not a section of the French folder at /print/fr/', () => {
		expect(existsSync(`${root}dist/fr/print/index.html`)).toBe(true);
		expect(existsSync(`${root}dist/fr/print/call-scripts/index.html`)).toBe(true);
		expect(existsSync(`${root}dist/print/fr`)).toBe(false);
		const booklet = builtPage(fixture, 'fr/print');
		expect(booklet).toContain('<html lang="fr">');
		expect(booklet).toContain('Sommaire');
		expect(booklet).toContain('Annexe\u00a0: fiches mémo');
		expect(booklet).toContain('Relue le 1 octobre 2026');
		// The page French lacks is in the French booklet, in English, and says so in French.
		expect(booklet).toMatch(/<article class="rapport-booklet-page" id="page-call-scripts\.transfer"[^>]* lang="en">/);
		expect(booklet).toContain('Pas encore traduite\u00a0: en anglais.');
		expect(builtPage(fixture, 'print')).not.toContain('Mettre un appelant en attente');
	});

	it('npm run cards:pdf prints every language, each in its folder, and says so', () => {
		const result = spawnSync(process.execPath, [`${repoRoot}src/blocks/card/pdf-cli.ts`, '--root', root], {
			encoding: 'utf8',
			timeout: 120_000,
		});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Writing card PDFs (en):');
		expect(result.stdout).toContain('Writing card PDFs (fr):');
		expect(result.stdout).toMatch(/dist\/card-pdfs\/all-cards\.pdf/);
		expect(result.stdout).toMatch(/dist\/fr\/card-pdfs\/all-cards\.pdf/);
		for (const file of [
			'card-pdfs/all-cards.pdf',
			'card-pdfs/refund-card.pdf',
			'fr/card-pdfs/all-cards.pdf',
			'fr/card-pdfs/all-cards-a4.pdf',
			'fr/card-pdfs/refund-card.pdf',
			'fr/card-pdfs/transfer-card.pdf',
		]) {
			expect(existsSync(`${root}dist/${file}`), file).toBe(true);
		}
	}, 120_000);

	it('prints the French card PDF in French, and the English one in English', async () => {
		const french = squeeze((await readPdf(readFileSync(`${root}dist/fr/card-pdfs/refund-card.pdf`))).map((sheet) => sheet.text).join(' '));
		expect(french).toContain(squeeze(footers.fr.reviewed));
		for (const word of englishFooterWords) expect(french, word).not.toContain(squeeze(word));
		const english = squeeze((await readPdf(readFileSync(`${root}dist/card-pdfs/refund-card.pdf`))).map((sheet) => sheet.text).join(' '));
		expect(english).toContain(squeeze(footers.en.reviewed));
	});

	it('npm run booklet:pdf prints the French booklet, numbered in French', async () => {
		const result = spawnSync(process.execPath, [`${repoRoot}src/booklet/pdf-cli.ts`, '--root', root], {
			encoding: 'utf8',
			timeout: 180_000,
		});
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('Writing training booklets (fr):');
		expect(existsSync(`${root}dist/booklet.pdf`)).toBe(true);
		const booklet = await readPdf(readFileSync(`${root}dist/fr/booklet.pdf`));
		expect(squeeze(booklet[0]?.text ?? '')).toContain(squeeze('Livret de formation'));
		expect(booklet[1]?.text).toContain(`Page 2 sur ${booklet.length}`);
		expect(existsSync(`${root}dist/fr/booklet-call-scripts.pdf`)).toBe(true);
	}, 180_000);
});
