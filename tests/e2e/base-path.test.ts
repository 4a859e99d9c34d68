import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite, type ServedSite } from '../../src/browser/headless.ts';
import { buildOnce, fixturePath, type CommandResult } from '../helpers/astro.ts';
import { launchBrowser } from '../helpers/browser.ts';

const base = '/docs/';
const dist = `${fixturePath('base-path')}dist/`;

/** Every built HTML file of the fixture, with its path inside dist/. */
function htmlFiles(folder = dist): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? htmlFiles(`${folder}${entry.name}/`) : entry.name.endsWith('.html') ? [`${folder}${entry.name}`] : [],
	);
}

/** Whether a site path (under `base`) is a file the built site serves. */
function served(path: string): boolean {
	const inside = decodeURI(path.slice(base.length));
	return (
		[inside, `${inside}index.html`, `${inside}/index.html`].some((candidate) => candidate !== '' && existsSync(`${dist}${candidate}`)) ||
		inside === ''
	);
}

describe('a playbook in two languages under base: /docs/', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce('base-path');
	}, 240_000);

	it('builds, and every internal link and asset of every page is under /docs/ and is served', () => {
		expect(build.status, build.output).toBe(0);
		const broken = new Set<string>();
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			for (const [, url = ''] of html.matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
				// Starlight's default favicon comes from the project's public/ folder, which a fixture does not have.
				if (url.startsWith('//') || url === `${base}favicon.svg`) continue;
				if (!url.startsWith(base) || !served(url)) broken.add(`${file.slice(dist.length)} → ${url}`);
			}
		}
		expect([...broken]).toEqual([]);
	});

	describe('searched in Chromium', () => {
		let site: ServedSite;
		let browser: Browser;
		let page: Page;

		beforeAll(async () => {
			expect(build.status, build.output).toBe(0);
			site = await serveBuiltSite(fixturePath('base-path'));
			browser = await launchBrowser();
			page = await browser.newPage();
			await page.goto(site.url(`${base}listening/desk-setup/`));
			await page.keyboard.press('Control+k');
		}, 60_000);

		afterAll(async () => {
			await browser?.close();
			await site?.stop();
		});

		/** Searches for `query` and returns the results as shown: title, section and where each opens. */
		async function search(query: string) {
			await page.locator('#rapport-search-input').fill(query);
			await page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached' });
			return page.locator('.rapport-result').evaluateAll((items) =>
				items.map((item) => ({
					title: item.querySelector('.rapport-result__title')?.textContent,
					section: item.querySelector('.rapport-result__section')?.textContent,
					href: item.getAttribute('href'),
				})),
			);
		}

		it('puts the page whose title the query names first, short and negation words kept', async () => {
			for (const query of ['say no', 'how do I say no']) expect((await search(query))[0]?.title, query).toBe('Saying no positively');
			expect((await search('who is my customer'))[0]?.title).toBe('Who our customers are');
		});

		it('links each result under the base, to the section that answers it, heard with its page', async () => {
			const [first] = await search('words to avoid');
			expect(first).toMatchObject({
				title: 'Sixteen habits of effective communication',
				href: `${base}foundations/sixteen-habits/#words-to-avoid`,
			});
			expect(first?.section).toContain('Words to avoid, section of Sixteen habits');
			const hrefs = (await search('caller')).map((result) => result.href);
			expect(hrefs.length).toBeGreaterThan(3);
			for (const href of hrefs) expect(href?.startsWith(base), String(href)).toBe(true);
		});

		it('opens a section result at its heading, lit up, and Shift+Enter at the top of the page', async () => {
			await search('words to avoid');
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => url.hash === '#words-to-avoid');
			const heading = page.locator('#words-to-avoid');
			await expect
				.poll(() => heading.evaluate((element) => element.matches(':target') && getComputedStyle(element).animationName))
				.toBe('rapport-arrived');
			const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
			expect(top).toBeGreaterThanOrEqual(0);
			expect(top).toBeLessThan(200);
			await page.keyboard.press('Control+k');
			await search('words to avoid');
			await page.keyboard.press('Shift+Enter');
			await page.waitForURL((url) => url.pathname === `${base}foundations/sixteen-habits/` && url.hash === '');
			await page.keyboard.press('Control+k');
		});

		it('says when it shows near matches only, and ranks them after real matches', async () => {
			await search('orchid');
			expect(await page.locator('#rapport-search-status').textContent()).toContain('Near matches only');
			// No answer either: the owners hear of it as a search gap.
			await expect
				.poll(() => page.evaluate(() => localStorage.getItem('rapport:search-gaps') ?? ''), { timeout: 5000 })
				.toContain('"query":"orchid"');
			await search('caller orchid');
			expect(await page.locator('#rapport-search-status').textContent()).not.toContain('Near matches only');
		});
	});
});
