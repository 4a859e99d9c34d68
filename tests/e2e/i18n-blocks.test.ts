import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type BrowserSession } from '../helpers/browser.ts';

describe('a French call script in the browser', () => {
	let session: BrowserSession;
	let page: Page;

	beforeAll(async () => {
		session = await openSite('i18n', { clipboard: true });
		page = session.page;
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	const script = '/fr/call-scripts/refund-request/';
	const progress = () => page.locator('.rapport-script__progress').textContent();
	const currentStep = () => page.evaluate(() => document.querySelector('[aria-current="step"]')?.id ?? null);
	const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());

	/** Opens the French script with no call kept, once its browser script has wired it. */
	async function openScript(): Promise<void> {
		await page.goto(session.url(script));
		await page.evaluate(() => sessionStorage.clear());
		await page.reload();
		await page.locator('.rapport-copy').first().waitFor({ state: 'visible' });
	}

	it('shows the keys, the status line and its buttons in French', async () => {
		await openScript();
		expect(await page.locator('.rapport-script__keys').textContent()).toBe(
			'Raccourcis\u00a0: J étape suivante · K étape précédente · C copier la première phrase de l’étape · B revenir en arrière sur votre parcours · R nouvel appel (appuyer deux fois) · N copier les notes d’appel · Échap quitter un champ pour revenir aux étapes',
		);
		expect(await progress()).toBe('2 étapes · pas commencé');
		const where = page.locator('.rapport-script__where');
		for (const name of ['Retour', 'Nouvel appel', 'Copier les notes'])
			expect(await where.getByRole('button', { name }).count(), name).toBe(1);
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		expect(await progress()).toBe('Étape 2 sur 2 · parcours 1 → 2 · appel terminé\u00a0: Remboursement effectué');
		expect(await page.locator('#rapport-announcer').textContent()).toBe(
			'L’appel se termine ici\u00a0: Remboursement effectué. Appuyez sur N pour copier les notes d’appel.',
		);
		await page.locator('h1').click();
		await page.keyboard.press('r');
		expect(await progress()).toBe(
			'Commencer un nouvel appel\u00a0? Appuyez de nouveau sur R, ou sur Nouvel appel, pour effacer les noms, les réponses et le parcours.',
		);
		await where.getByRole('button', { name: 'Nouvel appel' }).click();
		expect(await progress()).toBe('Étape 1 sur 2');
	});

	it('copies a line to say and confirms it in French', async () => {
		await openScript();
		const copy = page.locator('#done .rapport-copy');
		expect(await copy.textContent()).toBe('Copier');
		expect(await copy.getAttribute('aria-label')).toBe('Copier\u00a0: Le remboursement est lancé : comptez cinq jours ouvrés.');
		await copy.click();
		await expect.poll(() => copy.textContent()).toBe('Copié ✓');
		expect(await readClipboard()).toBe('Le remboursement est lancé : comptez cinq jours ouvrés.');
		expect(await page.locator('#rapport-announcer').textContent()).toBe(
			'Copié\u00a0: Le remboursement est lancé : comptez cinq jours ouvrés.',
		);
		await expect.poll(() => copy.textContent(), { timeout: 5000 }).toBe('Copier');
	});

	it('walks a call with the keys and copies French call notes with N', async () => {
		await openScript();
		await page.keyboard.press('j');
		expect(await currentStep()).toBe('greet');
		await page.getByRole('textbox', { name: 'Numéro de commande' }).fill('A-1234');
		await page.keyboard.press('Escape');
		expect(await currentStep()).toBe('greet');
		await page.keyboard.press('j');
		expect(await currentStep()).toBe('done');
		await page.keyboard.press('n');
		await expect.poll(() => page.locator('.rapport-script__notes').textContent()).toContain('Notes copiées ✓');
		const notes = await readClipboard();
		expect(notes).toMatch(
			/^Notes d’appel\u00a0: .+\nDate\u00a0: le \d\d\/\d\d\/\d{4} de \d\d:\d\d à \d\d:\d\d \(.+\)\nNuméro de commande\u00a0: A-1234\n\n/,
		);
		expect(notes).toContain(
			[
				'Étapes suivies (2 sur 2 dans le script)\u00a0:',
				'1. Accueil',
				'2. Remboursement effectué',
				'',
				'Issue\u00a0: Remboursement effectué',
				`Script\u00a0: ${session.url(script)}`,
			].join('\n'),
		);
		expect(notes).not.toMatch(/Call notes|When:|Steps taken|Outcome:/);
		expect(await page.locator('#rapport-announcer').textContent()).toBe('Notes d’appel copiées\u00a0: collez-les dans le ticket.');
	});

	it('keeps the English script in English', async () => {
		await page.goto(session.url('/call-scripts/refund-request/'));
		await page.locator('.rapport-copy').first().waitFor({ state: 'visible' });
		expect(await page.locator('.rapport-copy').first().textContent()).toBe('Copy');
		expect(await page.locator('.rapport-script__where').getByRole('button', { name: 'Copy notes' }).count()).toBe(1);
		await page.keyboard.press('j');
		expect(await progress()).toMatch(/^Step 1 of 2/);
	});
});
