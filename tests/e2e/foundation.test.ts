import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';

describe('checklists, print and accessibility in the browser', () => {
	let session: BrowserSession;
	let page: Page;

	beforeAll(async () => {
		session = await openSite('blocks');
		page = session.page;
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	const boxes = () => page.locator('#shift-check input[type="checkbox"]');
	const ticks = async () => boxes().evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked));
	/** Opens the checklist page and waits until its checklists are live (their reset control shows then). */
	const open = async () => {
		await page.goto(session.url('/blocks/'));
		await page.locator('#shift-check [data-rapport-reset]').waitFor();
	};

	it('keeps a tick across a reload, and reset clears it', async () => {
		await open();
		expect(await ticks()).toEqual([false, true, false]);
		await page.getByLabel('Headset works.').check();
		await page.reload();
		await page.locator('#shift-check [data-rapport-reset]').waitFor();
		expect(await ticks()).toEqual([true, true, false]);
		// The other checklist on the page keeps its own state.
		expect(await page.locator('#second-list input:checked').count()).toBe(0);
		await page.locator('#shift-check [data-rapport-reset]').click();
		expect(await ticks()).toEqual([false, true, false]);
		await page.reload();
		await page.locator('#shift-check [data-rapport-reset]').waitFor();
		expect(await ticks()).toEqual([false, true, false]);
	});

	it('keeps a box ticked before the page’s script arrived, on a slow network', async () => {
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route(/\/_astro\/checklist-client\.[^/]*\.js$/, async (route) => {
			await held;
			await route.continue();
		});
		try {
			await page.goto(session.url('/blocks/'));
			await page.getByLabel('Headset works.').check();
			release();
			await page.locator('#shift-check [data-rapport-reset]').waitFor();
			expect(await ticks()).toEqual([true, true, false]);
			await page.reload();
			await page.locator('#shift-check [data-rapport-reset]').waitFor();
			expect(await ticks()).toEqual([true, true, false]);
			await page.locator('#shift-check [data-rapport-reset]').click();
		} finally {
			release();
			await page.unroute(/\/_astro\/checklist-client\.[^/]*\.js$/);
		}
	});

	it('can be ticked from the keyboard', async () => {
		await open();
		await page.locator('#shift-check input').first().focus();
		await page.keyboard.press('Space');
		expect((await ticks())[0]).toBe(true);
		await page.locator('#shift-check [data-rapport-reset]').click();
	});

	it('prints every box as an empty square, ticked or not, without the reset control', async () => {
		await page.goto(session.url('/blocks/'));
		await page.getByLabel('Headset works.').check();
		await page.emulateMedia({ media: 'print' });
		const looks = await boxes().evaluateAll((inputs) =>
			inputs.map((input) => {
				const style = getComputedStyle(input);
				return { appearance: style.appearance, background: style.backgroundImage, border: style.borderTopStyle };
			}),
		);
		expect(looks).toEqual(Array(3).fill({ appearance: 'none', background: 'none', border: 'solid' }));
		expect(await page.locator('#shift-check [data-rapport-reset]').isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		await page.locator('#shift-check [data-rapport-reset]').click();
	});

	it('prints an ordinary page as its content only, blocks kept whole', async () => {
		await page.goto(session.url('/blocks/'));
		const visible = async (selector: string) => page.locator(selector).first().isVisible();
		expect(await visible('.rapport-search__open')).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await visible('#starlight__sidebar')).toBe(false);
		expect(await visible('.rapport-search__open')).toBe(false);
		expect(await visible('.right-sidebar-container')).toBe(false);
		expect(await visible('.pagination-links')).toBe(false);
		expect(await visible('main h1')).toBe(true);
		expect(await page.locator('[data-playbook="golden-rules"]').evaluate((block) => getComputedStyle(block).breakInside)).toBe('avoid');
		await page.emulateMedia({ media: 'screen' });
	});

	it('has no serious or critical accessibility violations on the pages this site adds', async () => {
		for (const path of ['/', '/blocks/', '/call-scripts/plain-page/']) {
			await page.goto(session.url(path));
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
});
