import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, defaultPlaybook } from '../helpers/astro.ts';
import { launchBrowser, serveFixture } from '../helpers/browser.ts';
import { queries } from '../../bench/search-queries.ts';

describe('searching the default playbook', () => {
	let browser: Browser;
	let site: Awaited<ReturnType<typeof serveFixture>>;
	let page: Page;

	beforeAll(async () => {
		const build = astroBuild(defaultPlaybook);
		if (build.status !== 0) throw new Error(`default playbook build failed:\n${build.output}`);
		site = await serveFixture(defaultPlaybook);
		browser = await launchBrowser();
		page = await (await browser.newContext()).newPage();
		await page.goto(site.url('/'));
		await page.keyboard.press('Control+k');
	}, 240_000);

	afterAll(async () => {
		await browser?.close();
		await site?.stop();
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
