import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite, type ServedSite } from '../../src/browser/headless.ts';
import { buildOnce, builtPage, fixturePath } from '../helpers/astro.ts';
import { launchBrowser, seriousViolations } from '../helpers/browser.ts';

/** Text as a reader sees it: tags out, entities and no-break spaces as plain characters, one space between words. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/[\s\u00a0\u202f]+/g, ' ')
		.replace(/ ([.,)])/g, '$1')
		.replace(/\( /g, '(')
		.trim();

/** The first element of `html` matching the opening-tag pattern `open`, up to its closing `tag`, as text. */
const element = (html: string, open: string, tag: string) => text(new RegExp(`${open}[\\s\\S]*?</${tag}>`).exec(html)?.[0] ?? '');

/** Each row of a table whose rows carry `attribute`, as `cell | cell | …` (each piece of text its own cell). */
const rows = (html: string, attribute: string) =>
	[...html.matchAll(new RegExp(`<tr ${attribute}[^>]*>([\\s\\S]*?)</tr>`, 'g'))].map(([, row = '']) =>
		row
			.split(/<[^>]+>/)
			.map(text)
			.filter(Boolean)
			.join(' | '),
	);

/** The items of the What's new list marked `data-<list>`, as text. */
const items = (html: string, list: string) =>
	[...(new RegExp(`<ul[^>]*data-${list}[^>]*>([\\s\\S]*?)</ul>`).exec(html)?.[1] ?? '').matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(
		([, item = '']) => text(item),
	);

const englishLabels = /Owner:|Reviewed |Situation:|Report a problem|Due for review|Review queue|No owner/;

describe('the page header, report link and review pages in the page’s language (two-locale fixture)', () => {
	beforeAll(() => {
		const build = buildOnce('i18n');
		expect(build.status, build.output).toBe(0);
	}, 240_000);

	it('writes a French page’s situation, owner and review date in French, with its report link', () => {
		const html = builtPage('i18n', 'fr/call-scripts/refund-request');
		expect(html).toMatch(/<html lang="fr"/);
		expect(element(html, '<p class="rapport-situation', 'p')).toBe("Situation : Un client veut être remboursé d'une commande.");
		expect(element(html, '<p class="rapport-page-meta', 'p')).toBe('Responsable : Équipe facturation Relu le 1 octobre 2026');
		expect(html).toMatch(/<time datetime="2026-10-01"[^>]*>1 octobre 2026<\/time>/);
		expect(element(html, '<a href="[^"]*" data-report-problem', 'a')).toBe(
			'Erreur ou information périmée ? Signaler un problème sur cette page',
		);
		expect(text(html)).not.toMatch(englishLabels);
	});

	it('keeps the English page in English', () => {
		const html = builtPage('i18n', 'call-scripts/refund-request');
		expect(html).toMatch(/<html lang="en"/);
		expect(element(html, '<p class="rapport-page-meta', 'p')).toBe('Owner: Billing team Reviewed 1 October 2026');
		expect(element(html, '<a href="[^"]*" data-report-problem', 'a')).toBe('Wrong or out of date? Report a problem with this page');
	});

	it('has a review queue per language: /fr/review/ in French with the French pages, /review/ in English with the English ones', () => {
		const french = builtPage('i18n', 'fr/review');
		expect(french).toMatch(/<html lang="fr"/);
		expect(element(french, '<h1', 'h1')).toBe('Suivi des relectures');
		expect(element(french, '<table class="rapport-review__pages', 'thead')).toBe('Page Responsable Relue le Échéance État');
		const frenchRows = rows(french, 'data-overdue');
		expect(frenchRows.map((row) => row.split(' | ')[1])).toEqual(
			expect.arrayContaining(['playbooks/fr/call-scripts/hold.md', 'playbooks/fr/index.md', 'playbooks/fr/call-scripts/refund-request.md']),
		);
		expect(frenchRows).toHaveLength(3);
		expect(frenchRows).toContainEqual(
			expect.stringMatching(/^Le client demande un remboursement \| .* \| Équipe facturation \| 1 oct\. 2026 \| 30 mars 2027 \| /),
		);
		expect(text(french)).not.toMatch(englishLabels);

		const english = builtPage('i18n', 'review');
		expect(english).toMatch(/<html lang="en"/);
		expect(element(english, '<h1', 'h1')).toBe('Review queue');
		expect(rows(english, 'data-overdue').every((row) => !row.includes('playbooks/fr/'))).toBe(true);
		// The English pages: home, the refund and hold scripts, the transfer page and the page not translated.
		expect(rows(english, 'data-overdue')).toHaveLength(5);
	});
});

describe('review pages, change notes and offline status in three languages (own fixture, built on a fixed day)', () => {
	const fixture = 'i18n-review';

	beforeAll(() => {
		const build = buildOnce(fixture, { RAPPORT_TODAY: '2026-11-30' });
		expect(build.status, build.output).toBe(0);
	}, 240_000);

	it('lists each language’s pages with their own owners, dates the language’s way and statuses in words', () => {
		expect(rows(builtPage(fixture, 'fr/review'), 'data-overdue')).toEqual([
			'Guide du conseiller | playbooks/fr/index.md | Sans responsable | — | — | Aucune date de relecture',
			'Plafonds de remboursement | playbooks/fr/desk/refunds.md | Équipe facturation | 1 oct. 2026 | 30 mars 2027 | À relire dans 120 jours',
		]);
		const german = builtPage(fixture, 'de/review');
		expect(element(german, '<strong data-review-summary', 'strong')).toBe('Zur Prüfung fällig: 1 von 1 Seite');
		expect(rows(german, 'data-overdue')).toEqual([
			'Erstattungsgrenzen | playbooks/de/desk/refunds.md | Buchhaltung | 01.03.2026 | 28.08.2026 | Seit 94 Tagen überfällig',
		]);
		expect(rows(german, 'data-owner')).toEqual(['Buchhaltung | 1 | 1']);
		expect(rows(builtPage(fixture, 'review'), 'data-overdue').map((row) => row.split(' | ')[0])).toEqual([
			'Refund limits',
			'Desk playbook',
			'Escalation contacts',
		]);
	});

	it('exports every page of every language as CSV, with a language column', () => {
		const csv = readFileSync(`${fixturePath(fixture)}dist/review.csv`, 'utf8').split('\r\n');
		expect(csv[0]).toBe('file,title,address,owner,reviewed,due,status,lang');
		expect(csv).toContain(
			'playbooks/fr/desk/refunds.md,Plafonds de remboursement,/fr/desk/refunds/,Équipe facturation,2026-10-01,2027-03-30,ok,fr',
		);
		expect(csv).toContain('playbooks/de/desk/refunds.md,Erstattungsgrenzen,/de/desk/refunds/,Buchhaltung,2026-03-01,2026-08-28,overdue,de');
		expect(csv.filter(Boolean)).toHaveLength(7);
	});

	it("lists each language's changes on its What's new", () => {
		const french = builtPage(fixture, 'fr/whats-new');
		expect(element(french, '<h1', 'h1')).toBe('Nouveautés');
		expect(items(french, 'changes')).toEqual(["20 nov. 2026 Plafonds de remboursement Nouveaux plafonds : jusqu'à 50 € sans accord"]);
		expect(element(french, '<h2 id="reviewed"', 'h2')).toBe('Relues au cours des 30 derniers jours');
		expect(items(builtPage(fixture, 'de/whats-new'), 'changes')).toEqual([
			'20.11.2026 Erstattungsgrenzen Neue Grenzen: bis 50 € ohne Freigabe',
		]);
		expect(items(builtPage(fixture, 'whats-new'), 'reviewed')).toEqual([
			'10 Nov 2026 Escalation contacts by Support team leads',
			'1 Nov 2026 Desk playbook by Support team leads',
		]);
	});

	it('reports a problem with the page’s own address in its language', () => {
		const link = /<a href="([^"]*)" data-report-problem/.exec(builtPage(fixture, 'de/desk/refunds'))?.[1]?.replace(/&amp;/g, '&');
		expect(link).toBe(
			'https://git.example/acme/playbook/issues/new?title=Erstattungsgrenzen&body=https%3A%2F%2Fdesk.example%2Fde%2Fdesk%2Frefunds%2F',
		);
	});

	it('labels an untranslated page’s lines in the page’s language, its English values marked English', () => {
		const html = builtPage(fixture, 'fr/desk/escalation');
		expect(html).toMatch(/<main[^>]* lang="en"/);
		const meta = /<p class="rapport-page-meta[^"]*" lang="fr"[^>]*>([\s\S]*?)<\/p>/.exec(html)?.[1] ?? '';
		expect(text(meta)).toBe('Responsable : Support team leads Relu le 10 novembre 2026');
		expect(meta).toContain('<span lang="en">Support team leads</span>');
		expect(html).toMatch(/<p class="rapport-report[^"]*" lang="fr"/);
		expect(/<a href="([^"]*)" data-report-problem/.exec(html)?.[1]).toContain(
			'body=https%3A%2F%2Fdesk.example%2Ffr%2Fdesk%2Fescalation%2F',
		);
	});

	describe('in Chromium', () => {
		let site: ServedSite;
		let browser: Browser;

		beforeAll(async () => {
			site = await serveBuiltSite(fixturePath(fixture));
			browser = await launchBrowser();
		}, 60_000);

		afterAll(async () => {
			await browser?.close();
			await site?.stop();
		});

		it('shows a French page’s change banner in French, once', async () => {
			const page = await (await browser.newContext({ serviceWorkers: 'block' })).newPage();
			const banner = page.locator('.rapport-changed');
			await page.goto(site.url('/fr/desk/refunds/'));
			await page.waitForFunction(() => localStorage.getItem('rapport:last-visits') !== null);
			expect(await banner.isVisible()).toBe(false);
			await page.evaluate(() => localStorage.setItem('rapport:last-visits', JSON.stringify({ '/fr/desk/refunds/': '2026-11-01' })));
			await page.reload();
			await banner.waitFor();
			expect(text((await banner.locator('p').textContent()) ?? '')).toBe(
				"Modifiée depuis votre dernière visite (20 novembre 2026) : Nouveaux plafonds : jusqu'à 50 € sans accord",
			);
			expect(await seriousViolations(page)).toEqual([]);
			await banner.getByRole('button', { name: 'Compris' }).click();
			expect(await banner.isVisible()).toBe(false);
		});

		it('says in the footer, in the page’s language, that the playbook is saved for offline use', async () => {
			const context = await browser.newContext();
			try {
				const page = await context.newPage();
				const status = page.locator('[data-rapport-offline-status]');
				await page.goto(site.url('/fr/desk/refunds/'));
				await page.waitForSelector('[data-rapport-offline-status][data-state="saved"]', { timeout: 20_000 });
				expect(text((await status.textContent()) ?? '')).toBe('Disponible hors ligne');
				await context.setOffline(true);
				await page.goto(site.url('/de/desk/refunds/'));
				await expect.poll(() => status.textContent()).toBe('Offline: Die gespeicherte Version wird angezeigt');
				await page.goto(site.url('/desk/refunds/'));
				await expect.poll(() => status.textContent()).toBe('Offline: showing the saved copy');
			} finally {
				await context.close();
			}
		});
	});
});
