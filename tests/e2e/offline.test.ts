import { readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite, type ServedSite } from '../../src/browser/headless.ts';
import { precacheListOf } from '../../src/offline/precache-list.ts';
import { astroBuild, fixturePath } from '../helpers/astro.ts';
import { launchBrowser, seriousViolations } from '../helpers/browser.ts';

const fixture = 'offline';
const dist = `${fixturePath(fixture)}dist/`;
/** The page the update test changes and rebuilds (restored afterwards). */
const changed = `${fixturePath(fixture)}playbooks/desk/breaks.md`;

function build(): void {
	const result = astroBuild(fixture);
	if (result.status !== 0) throw new Error(`${fixture} build failed:\n${result.output}`);
}

/** The URLs the built service worker precaches. */
function precached(): string[] {
	return precacheListOf(readFileSync(`${dist}sw.js`, 'utf8')).map((entry) => entry.url);
}

describe('offline desk mode', () => {
	let site: ServedSite;
	let browser: Browser;

	beforeAll(async () => {
		build();
		site = await serveBuiltSite(fixturePath(fixture));
		browser = await launchBrowser();
	}, 240_000);

	afterAll(async () => {
		await browser?.close();
		await site?.stop();
	});

	it('precaches every page, the call script, the cards, and search: index, result texts, filters and typo words', () => {
		const urls = precached();
		expect(urls).toEqual(
			expect.arrayContaining([
				'index.html',
				'calls/greeting/index.html',
				'desk/lighthouse/index.html',
				'cards/index.html',
				'cards/headset-check/index.html',
				'_offline/index.html',
				'search-words.json',
				'pagefind/pagefind.js',
				'pagefind/pagefind-entry.json',
				'pagefind/wasm.en.pagefind',
			]),
		);
		for (const kind of [
			/^pagefind\/pagefind\.en_\w+\.pf_meta$/,
			/^pagefind\/index\/\w+\.pf_index$/,
			/^pagefind\/filter\//,
			/^_astro\/.+\.css$/,
		]) {
			expect(
				urls.some((url) => kind.test(url)),
				String(kind),
			).toBe(true);
		}
		// One result text per indexed page: search shows every page offline.
		const indexed = (
			JSON.parse(readFileSync(`${dist}pagefind/pagefind-entry.json`, 'utf8')) as { languages: { en: { page_count: number } } }
		).languages.en.page_count;
		expect(urls.filter((url) => url.startsWith('pagefind/fragment/'))).toHaveLength(indexed);
		// Not the booklet (saved when opened), nor what Rapport's search does not use.
		expect(urls.filter((url) => /^print\/|pagefind-ui|pagefind-worker|wasm\.unknown|^404/.test(url))).toEqual([]);
	});

	it('really cuts the network with setOffline: without the service worker a page never visited does not open', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		try {
			const page = await context.newPage();
			await page.goto(site.url('/'));
			await context.setOffline(true);
			await expect(page.goto(site.url('/desk/lighthouse/'))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
		} finally {
			await context.close();
		}
	});

	describe('after one visit online', () => {
		let context: BrowserContext;
		let page: Page;
		const status = () => page.locator('[data-rapport-offline-status]');

		beforeAll(async () => {
			context = await browser.newContext();
			page = await context.newPage();
			await page.goto(site.url('/'));
			// Once the worker has saved the site.
			await page.waitForSelector('[data-rapport-offline-status][data-state="saved"]', { timeout: 20_000 });
		}, 60_000);

		afterAll(async () => {
			await context?.close();
		});

		it('says it is available offline, in a page with no serious accessibility problem', async () => {
			expect(await status().textContent()).toBe('Available offline');
			expect(await status().isVisible()).toBe(true);
			expect(await seriousViolations(page)).toEqual([]);
		});

		it('opens a page never visited, with the network off, and says it is offline', async () => {
			await context.setOffline(true);
			await page.goto(site.url('/desk/lighthouse/'));
			expect(await page.locator('main h1').textContent()).toBe('Lighthouse procedure');
			expect(await page.locator('main').textContent()).toContain('keep the lantern lit');
			await expect.poll(() => status().textContent()).toBe('Offline: showing the saved copy');
		});

		it('searches offline: results with their text, and typos corrected with the saved words', async () => {
			await page.goto(site.url('/desk/handover/'));
			await page.keyboard.press('Control+k');
			const search = async (query: string) => {
				await page.locator('#rapport-search-input').fill(query);
				await page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached' });
				return page.locator('.rapport-result__title').allTextContents();
			};
			expect((await search('lantern'))[0]).toBe('Lighthouse procedure');
			expect(await page.locator('.rapport-result__excerpt').first().textContent()).toContain('lantern');
			expect((await search('lantren'))[0]).toBe('Lighthouse procedure');
			expect(await page.locator('#rapport-search-status').textContent()).toContain('(you typed “lantren”)');
			await page.keyboard.press('Escape');
		});

		it('opens the desk cards and a card’s print page offline', async () => {
			await page.goto(site.url('/cards/'));
			expect(await page.locator('body').textContent()).toContain('Headset check');
			await page.goto(site.url('/cards/headset-check/'));
			expect(await page.locator('body').textContent()).toContain('Press mute twice.');
		});

		it('shows the offline page for a page it did not save: the worker has no network either', async () => {
			// The booklet is saved when opened; fetched through the worker, it would show.
			await page.goto(site.url('/print/'));
			expect(await page.locator('main h1').textContent()).toBe('This page is not saved for offline use');
			await context.setOffline(false);
		});

		it('after a new build, the next visit online says a newer version is ready, and U shows it', async () => {
			const before = readFileSync(changed, 'utf8');
			try {
				writeFileSync(changed, before.replace('Take a short break every two hours', 'Take a ten-minute break every ninety minutes'));
				build();
			} finally {
				writeFileSync(changed, before);
			}
			await page.goto(site.url('/desk/breaks/'));
			// The saved copy first: the page never changes under the agent.
			expect(await page.locator('main').textContent()).toContain('every two hours');
			const notice = page.locator('.rapport-update');
			await expect
				.poll(() => notice.textContent(), { timeout: 20_000 })
				.toBe('A newer version of the playbook is ready: press U or Reload');
			expect(await notice.getAttribute('role')).toBe('status');
			// In sight wherever the agent is on the page, and never printed.
			expect(await notice.evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
			await page.emulateMedia({ media: 'print' });
			expect(await notice.evaluate((element) => getComputedStyle(element).display)).toBe('none');
			await page.emulateMedia({ media: 'screen' });
			expect(await seriousViolations(page)).toEqual([]);
			// Not while typing: U in the search box is a letter.
			await page.keyboard.press('Control+k');
			await page.keyboard.type('u');
			expect(await page.locator('#rapport-search-input').inputValue()).toBe('u');
			await page.keyboard.press('Escape');
			await page.keyboard.press('u');
			await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain('every ninety minutes');
			// The new page's script makes its own (empty) notice region once it runs, after the page's text shows.
			await expect.poll(() => notice.count()).toBe(1);
			expect(await notice.textContent()).toBe('');
		}, 120_000);
	});
});
