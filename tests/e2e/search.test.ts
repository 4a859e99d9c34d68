import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';

describe('search for an agent mid-call', () => {
	let session: BrowserSession;
	let page: Page;

	beforeAll(async () => {
		session = await openSite('scripts', { clipboard: true });
		page = session.page;
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	const input = () => page.locator('#rapport-search-input');
	const titles = () => page.locator('.rapport-result__title').allTextContents();
	const settled = (query: string) => page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached' });

	async function search(query: string): Promise<string[]> {
		await input().fill(query);
		await settled(query);
		return titles();
	}

	it('opens with Ctrl+K as the page loads and loses no key typed straight after', async () => {
		await page.goto(session.url('/quiz/'), { waitUntil: 'commit' });
		await page.waitForSelector('#rapport-search-input', { state: 'attached' });
		await page.keyboard.press('Control+k');
		await page.keyboard.type('irate caller', { delay: 5 });
		expect(await input().inputValue()).toBe('irate caller');
		await settled('irate caller');
		expect((await titles())[0]).toBe('Upset after an interruption');
	});

	it('opens with / and closes with Esc, focus in the input', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('/');
		expect(await page.locator('#rapport-search').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('rapport-search-input');
		await page.keyboard.press('Escape');
		expect(await page.locator('#rapport-search').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
	});

	it('moves through results with the arrows and opens one with Enter', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		const found = await search('caller');
		expect(found.length).toBeGreaterThan(1);
		expect(await page.locator('[aria-selected="true"]').getAttribute('id')).toBe('rapport-result-0');
		await page.keyboard.press('ArrowDown');
		expect(await input().getAttribute('aria-activedescendant')).toBe('rapport-result-1');
		const second = await page.locator('#rapport-result-1').getAttribute('data-url');
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === second);
	});

	it('announces the number of results', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		await search('discount');
		expect(await page.locator('#rapport-search-status').textContent()).toBe('1 result for “discount”.');
		expect(await page.locator('#rapport-search-status').getAttribute('role')).toBe('status');
	});

	it('opens result N with Alt+N', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		await search('caller');
		const first = await page.locator('#rapport-result-0').getAttribute('data-url');
		await page.keyboard.press('Alt+1');
		await page.waitForURL((url) => url.pathname === first);
	});

	it('finds a page by a synonym of its words, and by its keywords', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		// The page says "upset"; "livid" is in the same synonym group.
		expect((await search('livid'))[0]).toBe('Upset after an interruption');
		// "furious" is one of its keywords, not in its text.
		expect((await search('furious'))[0]).toBe('Upset after an interruption');
	});

	it('finds a page despite a misspelling, and says what it searched for', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		expect((await search('neighbuor'))[0]).toBe('A neighbour asks for a deal');
		expect(await page.locator('#rapport-search-status').textContent()).toContain('for “neighbour” (you typed “neighbuor”)');
		expect((await search('interuption'))[0]).toBe('Upset after an interruption');
	});

	it('filters by channel from the keyboard, and remembers it for the session', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		const all = await search('customer');
		expect(all).toContain('Answering by email');
		expect(all.length).toBeGreaterThan(1);
		await page.locator('[data-filter-channel="email"]').focus();
		await page.keyboard.press('Enter');
		expect(await page.locator('[data-filter-channel="email"]').getAttribute('aria-pressed')).toBe('true');
		await settled('customer');
		await expect.poll(titles).toEqual(['Answering by email']);
		await page.goto(session.url('/quiz/'));
		await page.keyboard.press('Control+k');
		expect(await page.locator('[data-filter-channel="email"]').getAttribute('aria-pressed')).toBe('true');
		await page.locator('[data-filter-channel="email"]').click();
		expect(await page.locator('[data-filter-channel="email"]').getAttribute('aria-pressed')).toBe('false');
	});

	it('offers a script result’s first line to say, and copies it with Alt+C, placeholders filled', async () => {
		await page.goto(session.url('/calls/upset/'));
		await page.getByRole('textbox', { name: 'Customer', exact: true }).fill('Dana');
		await page.keyboard.press('Control+k');
		await search('irate');
		expect(await page.locator('#rapport-result-0 .rapport-result__say').textContent()).toContain(
			'Say: “Thanks for calling, this is {agent}. How can I help you, Dana?”',
		);
		await page.keyboard.press('Alt+c');
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe('Thanks for calling, this is {agent}. How can I help you, Dana?');
	});

	it('remembers searches that found nothing, for the owners', async () => {
		await page.goto(session.url('/'));
		await page.evaluate(() => localStorage.clear());
		await page.keyboard.press('Control+k');
		expect(await search('xylophone zebra')).toEqual([]);
		await page.keyboard.press('Escape');
		await page.goto(session.url('/search-gaps/'));
		expect(await page.locator('[data-gaps-rows] td').first().textContent()).toBe('xylophone zebra');
	});

	it("merges other agents' exported CSVs into the search gaps, counts added up, and exports the merged list", async () => {
		const agent = (rows: string[]) => ({
			name: 'gaps.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from(['query,count,last searched', ...rows].join('\n')),
		});
		await page.goto(session.url('/search-gaps/'));
		await page
			.locator('[data-gaps-import]')
			.setInputFiles([
				agent(['"xylophone zebra",2,"2026-11-29T10:00:00.000Z"', '"fax number",1,"2026-11-28T10:00:00.000Z"']),
				agent(['"Fax  number",3,"2026-11-30T10:00:00.000Z"']),
			]);
		await expect
			.poll(() => page.locator('[data-gaps-merged]').textContent())
			.toContain('Showing 2 searches merged from this browser and 2 files (3 rows read)');
		const rows = await page
			.locator('[data-gaps-rows] tr')
			.evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(0, 2).map((td) => td.textContent)));
		expect(rows).toEqual([
			['fax number', '4'],
			['xylophone zebra', '3'],
		]);
		expect(await seriousViolations(page)).toEqual([]);
	});

	it('sends a settled search that found nothing to the configured endpoint as JSON, redacted, and nothing else', async () => {
		const sent: { body: string; type: string | undefined }[] = [];
		await page.route('http://127.0.0.1:9/**', async (route) => {
			if (route.request().method() === 'POST')
				sent.push({ body: route.request().postData() ?? '', type: route.request().headers()['content-type'] });
			await route.fulfill({ status: 204, headers: { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Content-Type' } });
		});
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		await search('caller');
		expect(await search('quokka umbrella dana@example.com 0412 345 678')).toEqual([]);
		// Nothing leaves while the agent is still searching…
		await page.waitForTimeout(2000);
		expect(sent).toEqual([]);
		// …only the settled search, once the dialog closes.
		await page.keyboard.press('Escape');
		await expect.poll(() => sent.length, { timeout: 5000 }).toBe(1);
		expect(sent[0]?.type).toContain('application/json');
		expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({ query: 'quokka umbrella [email] [number]', page: '/' });
		await page.unroute('http://127.0.0.1:9/**');
	});

	it('finds, filters and offers lines with a placeholder named {constructor} when the browser forbids storage', async () => {
		const context = await page.context().browser()!.newContext();
		await context.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			}
		});
		const tab = await context.newPage();
		const errors: string[] = [];
		tab.on('pageerror', (error) => errors.push(error.message));
		await tab.goto(session.url('/'));
		await tab.keyboard.press('Control+k');
		await tab.locator('#rapport-search-input').fill('odd names greeting');
		await tab.waitForSelector('#rapport-search-results[data-query="odd names greeting"]', { state: 'attached' });
		expect(await tab.locator('.rapport-result__title').allTextContents()).toContain('Odd names');
		expect(await tab.locator('#rapport-search-results').textContent()).toContain('{constructor}');
		await tab.keyboard.press('Escape');
		expect(errors).toEqual([]);
		await context.close();
	});

	it('makes each result a real link, and opens it in a new tab with Ctrl+Enter, keeping this page', async () => {
		await page.goto(session.url('/calls/upset/'));
		await page.keyboard.press('Control+k');
		expect((await search('irate caller'))[0]).toBe('Upset after an interruption');
		expect(await page.locator('#rapport-result-0').getAttribute('href')).toMatch(/^\/calls\/upset\/(#[\w-]+)?$/);
		const opened = page.context().waitForEvent('page');
		await page.keyboard.press('Control+Enter');
		const tab = await opened;
		await tab.waitForLoadState();
		expect(new URL(tab.url()).pathname).toBe('/calls/upset/');
		expect(new URL(page.url()).pathname).toBe('/calls/upset/');
		await tab.close();
	});

	it('has no serious or critical accessibility violations with the dialog open', async () => {
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
		await search('caller');
		expect(await seriousViolations(page)).toEqual([]);
	});
});
