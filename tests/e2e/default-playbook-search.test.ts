import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultPlaybook } from '../helpers/astro.ts';
import { openSite, type BrowserSession } from '../helpers/browser.ts';
import { frenchQueries, queries } from '../../bench/search-queries.ts';

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

	/** The addresses of the first three results for `query`, as the dialog shows them. */
	const topThree = async (query: string) => {
		await page.locator('#rapport-search-input').fill(query);
		await page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached' });
		return page
			.locator('.rapport-result')
			.evaluateAll((items) => items.slice(0, 3).map((item) => (item as HTMLElement).dataset['url'] ?? ''));
	};

	it(`puts the right page in the first three results for ${queries.length} agent queries`, async () => {
		const misses: string[] = [];
		for (const [query, expected] of queries) {
			const top = await topThree(query);
			if (!top.includes(expected)) misses.push(`${query} → ${expected}, got ${top.join(', ') || 'nothing'}`);
		}
		expect(misses).toEqual([]);
	}, 120_000);

	it(`answers ${frenchQueries.length} French queries on a French page with French pages, the right one in the first three`, async () => {
		await page.goto(session.url('/fr/'));
		await page.keyboard.press('Control+k');
		const misses: string[] = [];
		for (const [query, expected] of frenchQueries) {
			const top = await topThree(query);
			if (!top.includes(expected) || top.some((url) => !url.startsWith('/fr/')))
				misses.push(`${query} → ${expected}, got ${top.join(', ') || 'nothing'}`);
		}
		expect(misses).toEqual([]);
		// The agent's first words land on the page at once.
		expect((await topThree('client énervé'))[0]).toBe('/fr/call-scripts/angry-caller/');
		expect((await topThree('insultes'))[0]).toBe('/fr/call-scripts/caller-swearing/');
	}, 120_000);
});
