import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, defaultPlaybook } from '../helpers/astro.ts';
import { launchBrowser, serveFixture } from '../helpers/browser.ts';

/** What agents and trainees type, and the page that must be in the first three results. */
const queries: [string, string][] = [
	['irate caller', '/call-scripts/upset-after-interruption/'],
	['angry customer outage', '/call-scripts/upset-after-interruption/'],
	['downtime apology', '/call-scripts/upset-after-interruption/'],
	['refund after outage', '/call-scripts/upset-after-interruption/'],
	['caller swearing', '/call-scripts/caller-swearing/'],
	['abusive caller', '/call-scripts/caller-swearing/'],
	['customer cursing', '/call-scripts/caller-swearing/'],
	['neighbour discount', '/call-scripts/someone-you-know-wants-a-deal/'],
	['friend wants a deal', '/call-scripts/someone-you-know-wants-a-deal/'],
	['user stuck', '/call-scripts/user-stuck-on-a-simple-task/'],
	['non-technical user', '/call-scripts/user-stuck-on-a-simple-task/'],
	['project handover', '/call-scripts/handing-over-to-a-colleague/'],
	['handoff to colleague', '/call-scripts/handing-over-to-a-colleague/'],
	['vip request', '/call-scripts/vip-request/'],
	['key account urgent', '/call-scripts/vip-request/'],
	['complaint about colleague', '/call-scripts/complaint-about-a-colleague/'],
	['rude staff member', '/call-scripts/complaint-about-a-colleague/'],
	['unclear requirements', '/call-scripts/unclear-requirements/'],
	['vague request', '/call-scripts/unclear-requirements/'],
	['good news update', '/call-scripts/sharing-good-news/'],
	['saying no', '/call-scripts/saying-no-positively/'],
	['refuse customer', '/call-scripts/saying-no-positively/'],
	['empathy phrases', '/foundations/empathy/'],
	['relate reflect normalize', '/foundations/empathy/'],
	['emapthy', '/foundations/empathy/'],
	['vip customer', '/foundations/customers/'],
	['internal customer', '/foundations/customers/'],
	['80-20 rule', '/foundations/customers/'],
	['golden rules', '/foundations/golden-rules/'],
	['service masters traits', '/foundations/service-masters/'],
	['opening a call', '/foundations/communication-skills/'],
	['words to avoid', '/foundations/sixteen-habits/'],
	['sixteen habits', '/foundations/sixteen-habits/'],
	['badmouth company', '/foundations/speak-well-of-the-company/'],
	['danger of labels', '/foundations/people-not-labels/'],
	['passive listening', '/listening/active-listening/'],
	['listning', '/listening/active-listening/'],
	['interrupting caller', '/listening/zero-in/'],
	['desk set-up', '/listening/desk-setup/'],
	['listening quiz', '/listening/listening-quiz/'],
	['bias check', '/mindset/biases/'],
	['accent prejudice', '/mindset/biases/'],
	['positive attitude', '/mindset/focus-and-attitude/'],
];

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
