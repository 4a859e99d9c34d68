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
	const readClipboard = () => page.evaluate(() => navigator.clipboard.readText());

	it('walks the steps with J and K, focusing each, and shows the keys', async () => {
		await page.goto(session.url('/calls/upset/'));
		// The keys help shows once the page's script has wired the keys.
		await expect.poll(() => page.locator('.rapport-script__keys').isVisible()).toBe(true);
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

	it('follows a branch link to its step, highlights it, and comes back to the step it left with the back button', async () => {
		await page.goto(session.url('/calls/upset/'));
		await page.getByRole('link', { name: 'Acknowledge' }).click();
		expect(new URL(page.url()).hash).toBe('#acknowledge');
		await expect.poll(currentStep).toBe('acknowledge');
		const highlighted = await page.locator('#acknowledge').evaluate((step) => getComputedStyle(step).borderInlineStartColor);
		const plain = await page.locator('#open').evaluate((step) => getComputedStyle(step).borderInlineStartColor);
		expect(highlighted).not.toBe(plain);
		// Back returns to the step the branch was taken from (the address follows the current step).
		await page.goBack();
		expect(new URL(page.url()).hash).toBe('#listen');
		await expect.poll(currentStep).toBe('listen');
	});

	it('fills a placeholder in every line as the agent types, for the rest of the session', async () => {
		await page.goto(session.url('/calls/upset/'));
		const customer = page.locator('[data-placeholder="customer"]');
		expect(await customer.allTextContents()).toEqual(['{customer}', '{customer}', '{customer}']);
		await field('Customer').fill('Dana');
		expect(await customer.allTextContents()).toEqual(['Dana', 'Dana', 'Dana']);
		expect(await page.locator('[data-placeholder="agent"]').textContent()).toBe('{agent}');
		// Block scripts load after the page (a dynamic import): wait for them to fill what was kept.
		await page.goto(session.url('/calls/email-only/'));
		await expect.poll(() => page.locator('[data-placeholder="customer"]').textContent()).toBe('Dana');
		await page.goto(session.url('/calls/upset/'));
		await expect.poll(() => field('Customer').inputValue()).toBe('Dana');
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
		await field('Customer').pressSequentially('Jo');
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
			// Answers are kept between visits: start each case from a clear quiz.
			await page.goto(session.url('/quiz/'));
			await page.getByRole('button', { name: 'Clear my answers' }).click();
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
		await page.evaluate(() => localStorage.clear());
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
			'Customer asks for a refund',
			'Caller from your neighbourhood wants a discount',
		]);
		expect(await phone.locator('li').first().getAttribute('data-situation-script')).toBe('yes');
		expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Phone', 'Chat', 'Email']);
	});

	/** A fresh tab in a new browser context whose storage behaves as `setup` makes it; page errors are collected. */
	async function tabWith(setup: () => void): Promise<{ tab: Page; errors: string[] }> {
		const context = await page.context().browser()!.newContext();
		await context.addInitScript(setup);
		const tab = await context.newPage();
		const errors: string[] = [];
		tab.on('pageerror', (error) => errors.push(error.message));
		return { tab, errors };
	}

	/** Uses a script, a checklist and a quiz as an agent would; returns what the page shows after. */
	async function useEverything(tab: Page): Promise<void> {
		await tab.goto(session.url('/calls/odd-names/'));
		// Block scripts load after the page: their controls show once they are wired.
		await tab.locator('.rapport-copy').first().waitFor({ state: 'visible' });
		await tab.locator('[data-playbook="checklist"] [data-rapport-reset]').waitFor({ state: 'visible' });
		await tab.getByRole('textbox', { name: 'Customer', exact: true }).fill('Dana');
		await tab.getByRole('textbox', { name: 'Constructor', exact: true }).fill('Sam');
		await expect
			.poll(() => tab.locator('[data-playbook="say"] .rapport-line__text').textContent())
			.toBe('Hello Dana, this is Sam from {tostring}.');
		expect(await tab.locator('.rapport-copy').first().isVisible()).toBe(true);
		await tab.locator('body').click({ position: { x: 5, y: 5 } });
		await tab.keyboard.press('j');
		await expect.poll(() => tab.evaluate(() => document.querySelector('[aria-current="step"]')?.id ?? null)).toBe('greet');
		await tab.getByRole('checkbox', { name: 'Headset on' }).check();
		expect(await tab.getByRole('checkbox', { name: 'Headset on' }).isChecked()).toBe(true);
		await tab.goto(session.url('/quiz/'));
		await tab.locator('[data-playbook="quiz"][data-ready]').waitFor();
		await tab.locator('input[type="radio"]').first().check();
		await expect.poll(() => tab.locator('[data-quiz-total]').textContent()).toContain('Your total so far: 1.');
	}

	it('keeps every feature working when the browser forbids storage', async () => {
		const { tab, errors } = await tabWith(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			}
		});
		await useEverything(tab);
		expect(errors).toEqual([]);
		await tab.context().close();
	});

	it('keeps every feature working when storage is full and holds broken or hostile values', async () => {
		const { tab, errors } = await tabWith(() => {
			sessionStorage.setItem('rapport:placeholders', '{"customer":5,"constructor":{"x":1},"__proto__":{"polluted":"yes"}}');
			localStorage.setItem(`rapport:checklist:/calls/odd-names/#before`, '{not json');
			localStorage.setItem('rapport:search-gaps', '[null, 3, {"query": 5}]');
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		await tab.goto(session.url('/calls/odd-names/'));
		// Stored values of the wrong kind are dropped, never thrown on.
		expect(await tab.locator('[data-playbook="say"] .rapport-line__text').textContent()).toBe(
			'Hello {customer}, this is {constructor} from {tostring}.',
		);
		await useEverything(tab);
		await tab.goto(session.url('/search-gaps/'));
		expect(await tab.locator('main').textContent()).not.toContain('Error');
		expect(errors).toEqual([]);
		await tab.context().close();
	});

	it('shows ticks and quiz answers made in another tab, as they are made', async () => {
		const context = await page.context().browser()!.newContext();
		const [first, second] = [await context.newPage(), await context.newPage()];
		for (const tab of [first, second]) {
			await tab.goto(session.url('/calls/odd-names/'));
			await tab.locator('[data-playbook="checklist"] [data-rapport-reset]').waitFor({ state: 'visible' });
		}
		await first.getByRole('checkbox', { name: 'Notes open' }).check();
		await expect.poll(() => second.getByRole('checkbox', { name: 'Notes open' }).isChecked()).toBe(true);
		await second.getByRole('checkbox', { name: 'Notes open' }).uncheck();
		await expect.poll(() => first.getByRole('checkbox', { name: 'Notes open' }).isChecked()).toBe(false);
		for (const tab of [first, second]) {
			await tab.goto(session.url('/quiz/'));
			await tab.locator('[data-playbook="quiz"][data-ready]').waitFor();
		}
		await first.locator('input[type="radio"][value="4"]').first().check();
		await expect.poll(() => second.locator('input[type="radio"][value="4"]').first().isChecked()).toBe(true);
		// Kept across a reload, until cleared.
		await second.reload();
		await second.locator('[data-playbook="quiz"][data-ready]').waitFor();
		expect(await second.locator('input[type="radio"][value="4"]').first().isChecked()).toBe(true);
		await second.getByRole('button', { name: 'Clear my answers' }).click();
		expect(await second.locator('input[type="radio"]:checked').count()).toBe(0);
		await context.close();
	});

	it('shows where the agent is and the path taken, goes back along it, and starts a new call once confirmed', async () => {
		await page.goto(session.url('/calls/upset/'));
		await page.evaluate(() => sessionStorage.removeItem('rapport:call:/calls/upset/#caller-is-upset-about-a-service-interruption'));
		await page.reload();
		const progress = page.locator('.rapport-script__progress');
		await expect.poll(() => progress.textContent()).toBe('4 steps · not started');
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		expect(await progress.textContent()).toBe('Step 2 of 4 · path 1 → 2');
		await page.getByRole('link', { name: 'Acknowledge' }).click();
		await expect.poll(() => progress.textContent()).toBe('Step 4 of 4 · path 1 → 2 → 4');
		await page.keyboard.press('b');
		expect(await currentStep()).toBe('listen');
		expect(await progress.textContent()).toBe('Step 2 of 4 · path 1 → 2');
		// The path outlives a reload mid-call.
		await page.reload();
		await expect.poll(() => progress.textContent()).toBe('Step 2 of 4 · path 1 → 2');
		await field('Customer').fill('Dana');
		await page.locator('h1').click();
		await page.keyboard.press('r');
		expect(await progress.textContent()).toContain('Start a new call?');
		expect(await field('Customer').inputValue()).toBe('Dana');
		const where = page.locator('.rapport-script__where');
		await where.getByRole('button', { name: 'New call' }).click();
		expect(await field('Customer').inputValue()).toBe('');
		expect(await page.locator('[data-placeholder="customer"]').first().textContent()).toBe('{customer}');
		expect(await currentStep()).toBe('open');
		expect(await progress.textContent()).toBe('Step 1 of 4');
		expect(await where.getByRole('button', { name: 'Back' }).isDisabled()).toBe(true);
	});

	it('runs a call from the keyboard and copies complete notes with N: path, answers, fields and outcome, never the sensitive field', async () => {
		await page.goto(session.url('/calls/refund/'));
		await page.evaluate(() => sessionStorage.clear());
		await page.reload();
		const progress = page.locator('.rapport-script__progress');
		await expect.poll(() => progress.textContent()).toBe('5 steps · not started');
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		// Tab past the question's Copy button into the step's field, type, and Esc back to the steps.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).dataset['field'])).toBe('order');
		await page.keyboard.type('A-1234');
		await page.keyboard.press('Tab');
		await page.keyboard.type('4111 1111 1111 1111');
		await page.keyboard.press('Escape');
		expect(await currentStep()).toBe('order-step');
		// The field fills the lines that name it.
		expect(await page.locator('#refund [data-placeholder="order"]').textContent()).toBe('A-1234');
		// A branch taken with the keyboard, then back, then the other branch with a click.
		await page
			.locator('#order-step')
			.getByRole('link', { name: /Check the card/ })
			.focus();
		await page.keyboard.press('Enter');
		await expect.poll(currentStep).toBe('check-card');
		await page.getByRole('textbox', { name: 'Answer to: Which card did you pay with?' }).fill('Visa');
		await page.keyboard.press('Enter');
		expect(await currentStep()).toBe('check-card');
		await page.keyboard.press('b');
		expect(await currentStep()).toBe('order-step');
		await page
			.locator('#order-step')
			.getByRole('link', { name: /^Refund/ })
			.click();
		await expect.poll(() => progress.textContent()).toBe('Step 4 of 5 · path 1 → 2 → 4 · call ended: Refund issued');
		expect(await page.locator('#rapport-announcer').textContent()).toContain('The call ends here: Refund issued.');
		await page.keyboard.press('n');
		const notes = await readClipboard();
		expect(notes).toMatch(/^Call notes: Customer asks for a refund\nWhen: \d{4}-\d\d-\d\d \d\d:\d\d to \d\d:\d\d \(.+\)\nChannel: Phone\n/);
		expect(notes).toContain(
			[
				'Order number: A-1234',
				'Card number: given, not recorded',
				'',
				'Steps taken (3, of 5 in the script):',
				'1. Open',
				'2. Find the order',
				'   Asked: What is the order number?',
				'   Answer: A-1234',
				'4. Refund',
				'',
				'Outcome: Refund issued',
				`Script: ${session.url('/calls/refund/')}`,
			].join('\n'),
		);
		expect(await page.locator('.rapport-script__notes').textContent()).toContain('Notes copied ✓');
		// The card number is on the screen only: not in the notes, the tab's storage or the browser's.
		expect(notes).not.toContain('4111');
		const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }));
		expect(stored).toContain('A-1234');
		// Times are kept as 13-digit milliseconds, which can hold 4111 by chance: they are not the card.
		expect(stored.replace(/(?<!\d)\d{13}(?!\d)/g, '<time>')).not.toContain('4111');
		// The answer on the branch left behind stays with the call, but that step is not in the notes.
		expect(notes).not.toContain('Visa');
		await page.reload();
		await expect.poll(() => progress.textContent()).toBe('Step 4 of 5 · path 1 → 2 → 4 · call ended: Refund issued');
		expect(await field('Order number').inputValue()).toBe('A-1234');
		expect(await page.getByRole('textbox', { name: /Card number/ }).inputValue()).toBe('');
	});

	it('shows the lines for the channel picked, copies them, and names the channel in the notes', async () => {
		await page.goto(session.url('/calls/refund/'));
		const open = page.locator('#open');
		const channel = page.getByRole('group', { name: 'Channel' });
		await channel.getByRole('radio', { name: 'Phone' }).check();
		expect(await open.locator('.rapport-line:visible .rapport-line__text').allTextContents()).toEqual([
			'Thanks for calling, this is {agent}. How can I help?',
		]);
		await channel.getByRole('radio', { name: 'Chat' }).check();
		expect(await open.locator('.rapport-line:visible .rapport-line__text').allTextContents()).toEqual([
			'Thanks for getting in touch, this is {agent}. How can I help?',
		]);
		// A question for the phone only goes, with its answer box.
		expect(await page.locator('#check-card .rapport-line--ask:visible').count()).toBe(1);
		expect(await page.locator('#check-card .rapport-answer:visible').count()).toBe(1);
		await page.locator('h1').click();
		await page.keyboard.press('r');
		await page.keyboard.press('r');
		expect(await currentStep()).toBe('open');
		await page.keyboard.press('c');
		expect(await readClipboard()).toBe('Thanks for getting in touch, this is {agent}. How can I help?');
		await page.keyboard.press('n');
		const notes = await readClipboard();
		expect(notes).toContain('Channel: Chat\n');
		expect(notes).toContain('1. Open\n');
		expect(notes).not.toContain('A-1234');
		// The channel is kept for the next script.
		await page.reload();
		await expect.poll(() => channel.getByRole('radio', { name: 'Chat' }).isChecked()).toBe(true);
		await channel.getByRole('radio', { name: 'Phone' }).check();
	});

	it('has no serious or critical accessibility violations on a script in every state of a call', async () => {
		await page.goto(session.url('/calls/refund/'));
		await page.evaluate(() => sessionStorage.clear());
		await page.reload();
		await page.locator('.rapport-script__where').waitFor();
		expect(await seriousViolations(page), 'not started').toEqual([]);
		// What changes during a call is in the page's main part: the later states check that.
		await page.keyboard.press('j');
		await page.keyboard.press('j');
		await field('Order number').fill('A-1');
		await page.getByRole('textbox', { name: /Card number/ }).fill('4111');
		expect(await seriousViolations(page, 'main'), 'mid-call, fields filled').toEqual([]);
		await page.locator('h1').click();
		await page.keyboard.press('r');
		expect(await seriousViolations(page, 'main'), 'asking to start a new call').toEqual([]);
		await page.getByRole('group', { name: 'Channel' }).getByRole('radio', { name: 'Chat' }).check();
		await page.locator('#pass-on').focus();
		await page.keyboard.press('n');
		expect(await seriousViolations(page, 'main'), 'call ended, notes copied, chat').toEqual([]);
		await page.getByRole('group', { name: 'Channel' }).getByRole('radio', { name: 'Phone' }).check();
	});

	it('has no serious or critical accessibility violations on a script, a quiz and the situations', async () => {
		for (const path of ['/calls/upset/', '/quiz/', '/situations/']) {
			await page.goto(session.url(path));
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});
});
