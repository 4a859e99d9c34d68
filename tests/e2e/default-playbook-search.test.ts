import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../helpers/astro.ts';
import { openSite, type BrowserSession } from '../helpers/browser.ts';
import { queries } from '../../bench/search-queries.ts';

describe('searching the default playbook', () => {
	let session: BrowserSession;
	let page: Page;

	beforeAll(async () => {
		session = await openSite(defaultPlaybook);
		page = session.page;
		await page.goto(session.url('/'));
		await page.keyboard.press('Control+k');
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	it(`puts the right page in the first three results for ${queries.length} agent queries`, async () => {
		const misses: string[] = [];
		for (const [query, expected] of queries) {
			await page.locator('#rapport-search-input').fill(query);
			await page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached' });
			const top = await page
				.locator('.rapport-result')
				.evaluateAll((items) => items.slice(0, 3).map((item) => (item as HTMLElement).dataset['url']));
			if (!top.includes(expected)) misses.push(`${query} → ${expected}, got ${top.join(', ') || 'nothing'}`);
		}
		expect(misses).toEqual([]);
	}, 120_000);
});
