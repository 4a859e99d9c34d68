import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';

/** The review fixture as built on a fixed day (the same build tests/build/review.test.ts reads). */
describe('keeping the playbook true, in the browser', () => {
	let session: BrowserSession;
	beforeAll(async () => {
		session = await openSite('review', { env: { RAPPORT_TODAY: '2026-11-30' } });
	}, 240_000);
	afterAll(() => session?.close());

	it("shows a changed page's banner once, on the first visit after the change, and never on a first visit", async () => {
		const page = await session.page
			.context()
			.browser()!
			.newContext()
			.then((context) => context.newPage());
		const banner = page.locator('.rapport-changed');
		await page.goto(session.url('/desk/refunds/'));
		await page.waitForFunction(() => localStorage.getItem('rapport:last-visits') !== null);
		expect(await banner.isVisible()).toBe(false);
		// The agent last looked on 1 November; the page changed on the 20th.
		await page.evaluate(() => localStorage.setItem('rapport:last-visits', JSON.stringify({ '/desk/refunds/': '2026-11-01' })));
		await page.reload();
		await banner.waitFor();
		expect(await banner.textContent()).toContain(
			'Changed since you last looked (20 November 2026): New refund limits: up to 50 without approval',
		);
		expect(await seriousViolations(page)).toEqual([]);
		await banner.getByRole('button', { name: 'Got it' }).click();
		expect(await banner.isVisible()).toBe(false);
		await page.reload();
		await page.locator('h1').waitFor();
		expect(await banner.isVisible()).toBe(false);
		await page.goto(session.url('/whats-new/'));
		expect(await seriousViolations(page)).toEqual([]);
		await page.context().close();
	});

	it('has no serious or critical accessibility violations on /review/ and a page with its report link, which ! opens', async () => {
		const { page } = session;
		const context = page.context();
		await page.goto(session.url('/review/'));
		expect(await seriousViolations(page)).toEqual([]);
		await page.goto(session.url('/desk/orphan/'));
		expect(await seriousViolations(page)).toEqual([]);
		// The tracker is not on loopback: catch the new tab's request instead of letting it leave.
		await context.route('https://git.example/**', (route) => route.fulfill({ body: 'tracker' }));
		const opened = context.waitForEvent('page');
		await page.keyboard.press('Shift+Digit1');
		const tab = await opened;
		await tab.waitForLoadState();
		expect(tab.url()).toContain('title=Problem:%20A%20page%20nobody%20owns&body=https%3A%2F%2Fdesk.example%2Fdesk%2Forphan%2F');
	});
});
