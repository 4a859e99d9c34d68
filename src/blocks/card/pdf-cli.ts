/**
 * `npm run cards:pdf`: after a build, prints every card to PDF with the system's
 * Chromium: `all-cards.pdf` (each face on a sheet of its size), one per office
 * paper (`all-cards-a4.pdf`, `all-cards-letter.pdf`), and `<id>.pdf` per card,
 * in `dist/card-pdfs/`; the same for each other language of the playbook, in
 * its folder (`dist/fr/card-pdfs/`), each card printed in its own language.
 * Says what to install when there is no browser.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import type { ServedSite } from '../../browser/headless.ts';
import { printFromBuiltSite } from '../../browser/print-built-site.ts';
import { builtLanguages } from './pdf-languages.ts';
import { cardPdfsRoute, cardPrintPath, cardsPath, cardsRoute } from './paths.ts';
import { papers } from './print/office-layout.ts';
import { splitByCard } from './split-cards.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const root = resolve(values.root);
const dist = join(root, 'dist');

/** Pages printed at once, each in its own tab: Chromium lays out one while it writes another. */
const tabs = 2;

/** One PDF to print, and for the sheets at card size, where the cards' pages are and their own PDFs go. */
interface PrintJob {
	path: string;
	file: string;
	cards?: { prefix: string; built: string; out: string };
}

await printFromBuiltSite('cards:pdf', root, join(cardsRoute, 'index.html'), async (page, site) => {
	await page.goto(site.url(cardsPath('/')));
	const jobs: PrintJob[] = [];
	for (const language of await builtLanguages(page, `${cardsRoute}/`)) {
		const out = join(dist, language.dir, cardPdfsRoute);
		const prefix = `/${language.dir ? `${language.dir}/` : ''}`;
		mkdirSync(out, { recursive: true });
		jobs.push(
			{ path: cardsPath(prefix), file: join(out, 'all-cards.pdf'), cards: { prefix, built: join(dist, language.dir, cardsRoute), out } },
			...Object.keys(papers).map((paper) => ({ path: `${cardsPath(prefix)}?paper=${paper}`, file: join(out, `all-cards-${paper}.pdf`) })),
		);
		console.log(`Writing card PDFs (${language.lang}):`);
	}
	const pages = [page, ...(await Promise.all(Array.from({ length: tabs - 1 }, () => page.context().newPage())))];
	await Promise.all(
		pages.map(async (tab) => {
			for (let job = jobs.shift(); job; job = jobs.shift()) await print(tab, site, job);
		}),
	);
});

/** Prints `job` in `tab`; the print at card size is then cut into a PDF per card (a card it cannot cut is printed from its own page). */
async function print(tab: Page, site: ServedSite, job: PrintJob): Promise<void> {
	await tab.goto(site.url(job.path));
	await tab.evaluate(() => document.fonts.ready);
	const sheets = job.cards ? await printedSheets(tab) : [];
	const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
	write(job.file, pdf);
	if (!job.cards) return;
	const { prefix, built, out } = job.cards;
	const ids = readdirSync(built, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.map((entry) => entry.name);
	const { lang, titles } = await builtTitles(
		tab,
		ids.map((id) => readFileSync(join(built, id, 'index.html'), 'utf8')),
	);
	const split = await splitByCard(pdf, sheets, { lang, titleOf: (id) => titles[ids.indexOf(id)] ?? id });
	for (const id of ids) {
		const own = split?.get(id);
		if (own) write(join(out, `${id}.pdf`), own);
		else await print(tab, site, { path: cardPrintPath(prefix, id), file: join(out, `${id}.pdf`) });
	}
}

/** The card of each sheet the page open in `tab` prints, in order; undefined for a blank kept for duplex. */
async function printedSheets(tab: Page): Promise<(string | undefined)[]> {
	await tab.emulateMedia({ media: 'print' });
	try {
		return await tab.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('main .rapport-sheet')]
				.filter((sheet) => sheet.getClientRects().length > 0)
				.map((sheet) => sheet.dataset['card']),
		);
	} finally {
		await tab.emulateMedia({ media: null });
	}
}

/** The language of the page open in `tab`, and the `<title>` of each built page in `pages` as the browser reads it: what Chromium names a page's PDF. */
async function builtTitles(tab: Page, pages: string[]): Promise<{ lang: string; titles: string[] }> {
	return tab.evaluate((html) => {
		const parser = new DOMParser();
		return { lang: document.documentElement.lang, titles: html.map((page) => parser.parseFromString(page, 'text/html').title) };
	}, pages);
}

function write(file: string, pdf: Uint8Array): void {
	writeFileSync(file, pdf);
	console.log(`  ${relative(process.cwd(), file)}`);
}
