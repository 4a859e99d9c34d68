import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { fixturePath, repoRoot } from '../helpers/astro.ts';
import { openSite, seriousViolations, type BrowserSession } from '../helpers/browser.ts';
import { cardSizes, type CardSizeName } from '../../src/blocks/card/sizes.ts';
import { backCell, faceTurn, gridFor, type Flip, type Grid, type PaperName } from '../../src/blocks/card/print/office-layout.ts';
import { printedSheets, readPdf, roundSheets, type ReadPage } from '../helpers/pdf.ts';

const a6 = '105x148';
const a7 = '74x105';
const index = '76x127';
const postcard = '102x152';
const a4 = '210x297';

/** The fixture's cards: each title, size, and the first words of its back. */
const fixtureCards: { title: string; size: CardSizeName; back?: string }[] = [
	{ title: 'Golden rules', size: 'a6', back: 'Say what you will do' },
	{ title: 'Headset', size: 'a6' },
	{ title: 'Notes', size: 'a6' },
	{ title: 'Screen', size: 'a6' },
	{ title: 'Water', size: 'a6' },
	{ title: 'Opening a call', size: 'a7', back: 'Then say your name' },
	{ title: 'Too much for A7', size: 'a7' },
	{ title: 'Closing', size: '3x5', back: 'Thank them by name' },
	{ title: 'Big card', size: '4x6', back: 'Back of a 4' },
];

/** Where a text was printed: the sheet (0-based) and the grid cell it falls in. */
interface Place {
	sheet: number;
	cell: number;
	/** How the text is turned on the sheet, in degrees clockwise. */
	turn: number;
}

/** Every place on `sheets` of office paper where `text` (a whole run, or the start of one) is printed, as a cell of `size`'s grid. */
function placesOf(sheets: ReadPage[], text: string, grid: Grid, whole = false): Place[] {
	return sheets.flatMap((sheet, index) =>
		sheet.runs
			.filter((run) => (whole ? run.text.trim() === text : run.text.trim().startsWith(text)))
			.flatMap((run) => {
				const column = Math.floor((run.xMm - grid.marginXMm) / grid.cellWidthMm);
				const row = Math.floor((run.yMm - grid.marginYMm) / grid.cellHeightMm);
				const inside = column >= 0 && column < grid.columns && row >= 0 && row < grid.rows;
				return [{ sheet: index, cell: inside ? row * grid.columns + column : -1, turn: run.turnDegrees }];
			}),
	);
}

describe('printing desk cards', () => {
	let session: BrowserSession;
	let page: Page;
	const warnings: string[] = [];

	beforeAll(async () => {
		session = await openSite('cards');
		page = session.page;
		page.on('console', (message) => {
			if (message.type() === 'warning') warnings.push(message.text());
		});
	}, 240_000);

	afterAll(async () => {
		await session?.close();
	});

	it('prints each card page as one sheet per face, at the card size', async () => {
		const expected: Record<string, string[]> = {
			golden: [a6, a6],
			'opening-a-call': [a7, a7],
			// A card with no back prints one sheet: no blank back on its own.
			overfull: [a7],
			closing: [index, index],
			big: [postcard, postcard],
		};
		for (const [id, sheets] of Object.entries(expected)) {
			await page.goto(session.url(`/cards/${id}/`));
			expect(roundSheets(await printedSheets(page)), id).toEqual(sheets);
		}
	});

	it('prints every card from /cards/ in one job, each face on a sheet of its size, blank backs keeping duplex in step', async () => {
		await page.goto(session.url('/cards/'));
		const sheets = roundSheets(await printedSheets(page));
		// Cards fixture (A6 with a back, A7 front only), Desk set-up (4 × A6, fronts only), Closing a call (3x5, 4x6, A7).
		expect(sheets).toEqual([a6, a6, a7, a7, a6, a6, a6, a6, a6, a6, a6, a6, index, index, postcard, postcard, a7, a7]);
	});

	it('filters by size from the keyboard, and prints only what is shown', async () => {
		await page.goto(session.url('/cards/'));
		await page.getByRole('radio', { name: 'All sizes' }).focus();
		// Arrow keys move through a radio group: All sizes → A6 → A7.
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		expect(await page.getByRole('radio', { name: 'A7' }).isChecked()).toBe(true);
		await expect.poll(() => page.url()).toContain('size=a7');
		await expect.poll(() => page.locator('[data-card-entry]:visible').count()).toBe(2);
		expect(await page.locator('[data-status]').textContent()).toContain('2 cards');
		// One A7 card has a back: the other gets a blank back, so duplex stays in step.
		expect(roundSheets(await printedSheets(page))).toEqual([a7, a7, a7, a7]);
	});

	it('lays four A6 cards on an A4 sheet, with each back behind its front for a long-edge flip', async () => {
		await page.goto(session.url('/cards/?size=a6&paper=a4'));
		const fronts = page.locator('.rapport-office-sheet[data-side="front"]');
		expect(await fronts.count()).toBe(2);
		expect(await fronts.nth(0).locator('.rapport-sheet[data-card]').count()).toBe(4);
		expect(await fronts.nth(1).locator('.rapport-sheet[data-card]').count()).toBe(1);
		// The first card's back goes top right on its back sheet: a long-edge flip mirrors left and right.
		const golden = page.locator('.rapport-office-sheet[data-side="back"] .rapport-sheet[data-card="golden"]');
		expect(await golden.evaluate((cell) => [cell.style.gridRow, cell.style.gridColumn])).toEqual(['1', '2']);
		expect(roundSheets(await printedSheets(page))).toEqual([a4, a4, a4, a4]);
	});

	it('puts backs top-bottom mirrored for a short-edge flip', async () => {
		await page.goto(session.url('/cards/?size=a6&paper=a4&flip=short'));
		const golden = page.locator('.rapport-office-sheet[data-side="back"] .rapport-sheet[data-card="golden"]');
		expect(await golden.evaluate((cell) => [cell.style.gridRow, cell.style.gridColumn])).toEqual(['2', '1']);
	});

	it('prints an alignment test sheet, front and back', async () => {
		await page.goto(session.url('/cards/?alignment=1&size=a6&paper=a4'));
		expect(roundSheets(await printedSheets(page))).toEqual([a4, a4]);
		const back = page.locator('.rapport-alignment .rapport-office-sheet[data-side="back"] .rapport-align-cell').first();
		expect(await back.textContent()).toBe('2back (flip: long edge)');
	});

	it('reports a face that does not fit its printed size', async () => {
		await page.goto(session.url('/cards/overfull/'));
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset['overfull'])).toBe('1');
		expect(await page.locator('.rapport-sheet[data-overfull]').getAttribute('data-face')).toBe('front');
		expect(await page.locator('.rapport-overfull-note').textContent()).toContain('The front of card "overfull" does not fit its A7 size');
		expect(warnings.some((warning) => warning.includes('card "overfull" does not fit'))).toBe(true);
		await page.goto(session.url('/cards/golden/'));
		await expect.poll(() => page.evaluate(() => document.documentElement.dataset['overfull'])).toBe('0');
	});

	it('has no serious or critical accessibility violations on /cards/ and a card page', async () => {
		for (const path of ['/cards/', '/cards/golden/']) {
			await page.goto(session.url(path));
			expect(await seriousViolations(page), path).toEqual([]);
		}
	});

	it('npm run cards:pdf writes one PDF of all cards and one per card', async () => {
		const run = (env: Record<string, string> = {}) =>
			spawnSync(process.execPath, [`${repoRoot}src/blocks/card/pdf-cli.ts`, '--root', fixturePath('cards')], {
				encoding: 'utf8',
				timeout: 120_000,
				env: { ...process.env, ...env },
			});
		const result = run();
		expect(result.status, result.stderr).toBe(0);
		const pages = async (file: string) =>
			(await PDFDocument.load(readFileSync(`${fixturePath('cards')}dist/card-pdfs/${file}`))).getPageCount();
		expect(await pages('all-cards.pdf')).toBe(18);
		// A6: 5 cards on 2 sheets; A7: 2 on 1; 3x5 and 4x6: 1 each; every sheet of fronts has its sheet of backs.
		expect(await pages('all-cards-a4.pdf')).toBe(10);
		expect(await pages('golden.pdf')).toBe(2);
		expect(await pages('opening-a-call.pdf')).toBe(2);
		expect(await pages('overfull.pdf')).toBe(1);
		// Cut from the print of all cards, each card's PDF is still named as its own page names it.
		const title = async (file: string) =>
			(await PDFDocument.load(readFileSync(`${fixturePath('cards')}dist/card-pdfs/${file}`))).getTitle();
		expect(await title('golden.pdf')).toBe('Card: Golden rules');
		expect(await title('opening-a-call.pdf')).toBe('Card: Opening a call');
	}, 120_000);

	it('prints every face of every card once on office paper, each back behind its front, read back from the PDFs', async () => {
		const printed = async (file: string) => readPdf(readFileSync(`${fixturePath('cards')}dist/card-pdfs/${file}`));
		await page.goto(session.url('/cards/?paper=a4&flip=short'));
		await page.evaluate(() => document.fonts.ready);
		const printedFrom = async (path: string) => {
			await page.goto(session.url(path));
			await page.evaluate(() => document.fonts.ready);
			return readPdf(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		};
		const jobs: [string, ReadPage[], PaperName, Flip][] = [
			['all-cards-a4.pdf', await printed('all-cards-a4.pdf'), 'a4', 'long'],
			['all-cards-letter.pdf', await printed('all-cards-letter.pdf'), 'letter', 'long'],
			['/cards/?paper=a4&flip=short', await printedFrom('/cards/?paper=a4&flip=short'), 'a4', 'short'],
			['/cards/?paper=letter&flip=short', await printedFrom('/cards/?paper=letter&flip=short'), 'letter', 'short'],
		];
		for (const [job, sheets, paper, flip] of jobs) {
			const problems: string[] = [];
			for (const card of fixtureCards) {
				const grid = gridFor(cardSizes[card.size], paper);
				const fronts = placesOf(sheets, card.title, grid, true);
				if (fronts.length !== 1) {
					problems.push(`${card.title}: front printed ${fronts.length} times`);
					continue;
				}
				const [front] = fronts as [Place];
				if (!card.back) continue;
				const backs = placesOf(sheets, card.back, grid);
				// Turned cards (A7 on A4) read upright when the cut card is turned over: see faceTurn.
				const turn = grid.rotated ? faceTurn('back', flip) : 0;
				const expected = { sheet: front.sheet + 1, cell: backCell(front.cell, grid, flip), turn };
				if (front.turn !== (grid.rotated ? 90 : 0)) problems.push(`${card.title}: front turned ${front.turn}°`);
				if (backs.length !== 1 || backs[0]?.sheet !== expected.sheet || backs[0]?.cell !== expected.cell || backs[0]?.turn !== turn) {
					problems.push(
						`${card.title}: back at ${JSON.stringify(backs)}, expected ${JSON.stringify(expected)} (front ${JSON.stringify(front)})`,
					);
				}
			}
			expect(problems, job).toEqual([]);
			for (const sheet of sheets) expect(roundSheets([sheet]), job).toEqual([paper === 'a4' ? a4 : '216x279']);
		}
	}, 60_000);

	it('prints each card on sheets of its own size, its back on the sheet after its front, read back from all-cards.pdf', async () => {
		const sheets = await readPdf(readFileSync(`${fixturePath('cards')}dist/card-pdfs/all-cards.pdf`));
		const problems: string[] = [];
		for (const card of fixtureCards) {
			const fronts = sheets.flatMap((sheet, index) => (sheet.runs.some((run) => run.text.trim() === card.title) ? [index] : []));
			if (fronts.length !== 1) {
				problems.push(`${card.title}: front on sheets ${fronts.join(', ') || 'none'}`);
				continue;
			}
			const front = fronts[0] as number;
			const size = cardSizes[card.size];
			const sheet = sheets[front];
			if (Math.round(sheet?.widthMm ?? 0) !== Math.round(size.widthMm) || Math.round(sheet?.heightMm ?? 0) !== Math.round(size.heightMm)) {
				problems.push(`${card.title}: front on a ${sheet?.widthMm.toFixed(1)} × ${sheet?.heightMm.toFixed(1)} mm sheet`);
			}
			if (card.back && !sheets[front + 1]?.runs.some((run) => run.text.trim().startsWith(card.back ?? ''))) {
				problems.push(`${card.title}: back not on the sheet after its front`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('keeps the contract hooks on /cards/, and prints what the card shows on its page', async () => {
		await page.goto(session.url('/cards/'));
		expect(await page.locator('[data-playbook="card"]#golden').count()).toBe(1);
		expect(await page.locator('[data-playbook="card"]').count()).toBe(fixtureCards.length);
		const sheets = await readPdf(readFileSync(`${fixturePath('cards')}dist/card-pdfs/all-cards.pdf`));
		const text = sheets.map((sheet) => sheet.text).join(' ');
		// Raw HTML in a card (a key to press) and a line to say print; the line's copy button does not.
		expect(text).toContain('Mute');
		expect(text).toContain('Excuse me one moment.');
		expect(text).not.toContain('Copy');
		await page.goto(session.url('/cards/headset/'));
		expect(await page.locator('.rapport-sheet kbd').textContent()).toBe('Mute');
		// A relative image beside the page prints on the card's own page too.
		const image = page.locator('.rapport-sheet img[alt="Headset"]');
		expect(await image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(24);
	});

	it('npm run cards:pdf says what to install when there is no browser', () => {
		const result = spawnSync(process.execPath, [`${repoRoot}src/blocks/card/pdf-cli.ts`, '--root', fixturePath('cards')], {
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
		});
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('CHROMIUM_PATH is /nowhere/chromium, but there is no browser there.');
		expect(result.stderr).toContain('sudo apt-get install chromium');
	});
});
