import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';

describe('call scripts and quizzes in the browser', () => {
	let session: BrowserSession;
	let page: Page;

	beforeAll(async () => {
		session = await openSite('scripts', { clipboard: true });
		page = session.page;
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	const field = (name: string) => page.getByRole('textbox', { name, exact: true });
	const currentStep = () => page.evaluate(() => document.querySelector('[aria-current="step"]')?.id ?? null);
	const focusedStep = () => page.evaluate(() => document.activeElement?.id ?? null);

	it('walks the steps with J and K, focusing each, and shows the keys', async () => {
		await page.goto(session.url('/calls/upset/'));
		expect(await page.locator('.rapport-script__keys').isVisible()).toBe(true);
		expect(await currentStep()).toBeNull();
		await page.keyboard.press('j');
		expect(await currentStep()).toBe('open');
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		expect(await currentStep()).toBe('explain');
		expect(await focusedStep()).toBe('explain');
		await page.keyboard.press('k');
		expect(await currentStep()).toBe('listen');
	});

	it('follows a branch link to its step, highlights it, and comes back with the back button', async () => {
		await page.goto(session.url('/calls/upset/'));
		await page.getByRole('link', { name: 'Acknowledge' }).click();
		expect(new URL(page.url()).hash).toBe('#acknowledge');
		await expect.poll(currentStep).toBe('acknowledge');
		const highlighted = await page.locator('#acknowledge').evaluate((step) => getComputedStyle(step).borderInlineStartColor);
		const plain = await page.locator('#open').evaluate((step) => getComputedStyle(step).borderInlineStartColor);
		expect(highlighted).not.toBe(plain);
		await page.goBack();
		expect(new URL(page.url()).hash).toBe('');
	});

	it('fills a placeholder in every line as the agent types, for the rest of the session', async () => {
		await page.goto(session.url('/calls/upset/'));
		const customer = page.locator('[data-placeholder="customer"]');
		expect(await customer.allTextContents()).toEqual(['{customer}', '{customer}', '{customer}']);
		await field('Customer').fill('Dana');
		expect(await customer.allTextContents()).toEqual(['Dana', 'Dana', 'Dana']);
		expect(await page.locator('[data-placeholder="agent"]').textContent()).toBe('{agent}');
		await page.goto(session.url('/calls/email-only/'));
		expect(await page.locator('[data-placeholder="customer"]').textContent()).toBe('Dana');
		await page.goto(session.url('/calls/upset/'));
		expect(await field('Customer').inputValue()).toBe('Dana');
	});

	it('copies a line with its placeholders filled, from the button and with C', async () => {
		await page.goto(session.url('/calls/upset/'));
		await field('Agent').fill('Sam');
		await page.locator('#explain .rapport-copy').click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('The service stopped working at ten, Dana, and it is back now.');
		expect(await page.locator('#explain .rapport-copy').textContent()).toBe('Copied ✓');
		// Copying from a step makes it the current one: two steps back is the opening.
		expect(await currentStep()).toBe('explain');
		await page.locator('#explain .rapport-copy').blur();
		await page.keyboard.press('k');
		await page.keyboard.press('k');
		await page.keyboard.press('c');
		await expect
			.poll(() => page.evaluate(() => navigator.clipboard.readText()))
			.toBe('Thanks for calling, this is Sam. How can I help you, Dana?');
		expect(await page.locator('#rapport-announcer').textContent()).toContain('Copied: Thanks for calling, this is Sam.');
	});

	it('does not steal keys while the agent types in a field', async () => {
		await page.goto(session.url('/calls/upset/'));
		await field('Customer').fill('');
		await field('Customer').type('Jo');
		expect(await field('Customer').inputValue()).toBe('Jo');
		expect(await currentStep()).toBeNull();
	});

	it('totals a quiz as it is answered and shows the matching result', async () => {
		const cases: [number[], string][] = [
			[[1, 1, 1], 'You listen well'],
			[[3, 3, 3], 'Some habits get in the way'],
			[[5, 4, 5], 'Listening is your biggest chance'],
		];
		for (const [answers, result] of cases) {
			await page.goto(session.url('/quiz/'));
			const statements = page.locator('.rapport-quiz__statement');
			for (const [index, value] of answers.entries()) {
				await statements
					.nth(index)
					.getByRole('radio', { name: new RegExp(`^${value}`) })
					.check();
				if (index < answers.length - 1) expect(await page.locator('[data-playbook="result"]:visible').count()).toBe(0);
			}
			const total = answers.reduce((sum, value) => sum + value, 0);
			expect(await page.locator('[data-quiz-total]').textContent()).toBe(`Your total: ${total} (all 3 statements rated).`);
			expect(await page.locator('[data-playbook="result"]:visible').count()).toBe(1);
			expect(await page.locator('[data-playbook="result"]:visible').textContent()).toContain(result);
		}
	});

	it('takes quiz answers from the keyboard', async () => {
		await page.goto(session.url('/quiz/'));
		await page.locator('.rapport-quiz__statement').first().getByRole('radio').first().focus();
		await page.keyboard.press('Space');
		await page.keyboard.press('ArrowRight');
		expect(await page.locator('[data-quiz-total]').textContent()).toBe('Your total so far: 2. 1 of 3 statements rated.');
	});

	it('prints a script without controls and a quiz as a paper form with every result', async () => {
		await page.goto(session.url('/calls/upset/'));
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.rapport-copy').first().isVisible()).toBe(false);
		expect(await page.locator('.rapport-script__fill').isVisible()).toBe(false);
		expect(await page.locator('.rapport-line__kind').first().isVisible()).toBe(true);
		await page.goto(session.url('/quiz/'));
		await page.locator('.rapport-quiz__statement').first().getByRole('radio').first().check();
		expect(await page.locator('[data-playbook="result"]:visible').count()).toBe(3);
		expect(
			await page
				.locator('.rapport-quiz__option input')
				.first()
				.evaluate((input) => getComputedStyle(input).appearance),
		).toBe('none');
		await page.emulateMedia({ media: 'screen' });
	});

	it('lists situations by channel, scripts first', async () => {
		await page.goto(session.url('/situations/'));
		const phone = page.locator('section', { has: page.getByRole('heading', { name: 'Phone' }) });
		expect(await phone.locator('li a').allTextContents()).toEqual([
			'Caller is upset about a service interruption',
			'Caller from your neighbourhood wants a discount',
		]);
		expect(await phone.locator('li').first().getAttribute('data-situation-script')).toBe('yes');
		expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Phone', 'Chat', 'Email']);
	});

	it('has no serious or critical accessibility violations on a script, a quiz and the situations', async () => {
		for (const path of ['/calls/upset/', '/quiz/', '/situations/']) {
			await page.goto(session.url(path));
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
});
