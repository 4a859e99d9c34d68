/**
 * `npm run booklet:pdf`: after a build, prints the training booklets to PDF
 * with the system's Chromium: `dist/booklet.pdf` (the whole playbook) and
 * `dist/booklet-<section>.pdf` per top-level folder, on A4 (`--paper letter`
 * for Letter); the same for each other language of the playbook, in its
 * folder (`dist/fr/booklet.pdf`). Page numbers in the contents and in links
 * between pages come from where the pages landed in the previous print: it
 * prints until they agree.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { builtLanguages } from '../blocks/card/pdf-languages.ts';
import { failCommand, printFromBuiltSite } from '../browser/print-built-site.ts';
import { destinationPages } from './page-numbers.ts';
import { bookletPath, bookletPdfName, bookletRoute } from './paths.ts';

const papers = { a4: 'A4', letter: 'Letter' } as const;

const { values } = parseArgs({
	options: { root: { type: 'string', default: process.cwd() }, paper: { type: 'string', default: 'a4' } },
});
const root = resolve(values.root);
const dist = join(root, 'dist');
const paper = papers[values.paper.toLowerCase() as keyof typeof papers];
if (!paper) failCommand(`Unexpected --paper ${values.paper}, expected a4 or letter.`);

await printFromBuiltSite('booklet:pdf', root, join(bookletRoute, 'index.html'), async (page, site) => {
	await page.goto(site.url(bookletPath('/')));
	for (const language of await builtLanguages(page, `${bookletRoute}/`)) {
		const prefix = `/${language.dir ? `${language.dir}/` : ''}`;
		const sections = readdirSync(join(dist, language.dir, bookletRoute), { withFileTypes: true }).filter((entry) => entry.isDirectory());
		console.log(`Writing training booklets (${language.lang}):`);
		for (const section of [undefined, ...sections.map((entry) => entry.name)]) {
			await page.goto(site.url(bookletPath(prefix, section)));
			const pdf = await printNumbered(page);
			const file = join(dist, language.dir, bookletPdfName(section));
			writeFileSync(file, pdf);
			console.log(`  ${relative(process.cwd(), file)}`);
		}
	}
});

/**
 * Prints the booklet open in `page` with its page numbers right: prints, reads
 * where each numbered target landed, writes the numbers in, and prints again
 * until a print agrees with the numbers it shows (filling them in can move a
 * line, rarely a page).
 */
async function printNumbered(page: Page): Promise<Uint8Array> {
	await page.evaluate(() => document.fonts.ready);
	const ids = await page.evaluate(() => {
		document.documentElement.dataset['numbered'] = '';
		const numbers = [...document.querySelectorAll<HTMLElement>('[data-page-of]')];
		// A first guess as wide as a real number, so the first print is laid out as the last.
		for (const number of numbers) number.textContent = '00';
		return [...new Set(numbers.map((number) => number.dataset['pageOf'] ?? ''))];
	});
	let shown: Record<string, number> | undefined;
	for (let attempt = 0; attempt < 5; attempt++) {
		const pdf = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true });
		const pages = await destinationPages(pdf, ids);
		const missing = ids.filter((id) => !(id in pages));
		if (missing.length) failCommand(`Chromium wrote no destination for ${missing.join(', ')}: cannot number the booklet.`);
		if (shown && ids.every((id) => shown?.[id] === pages[id])) return pdf;
		shown = pages;
		await page.evaluate((numbers) => {
			for (const number of document.querySelectorAll<HTMLElement>('[data-page-of]'))
				number.textContent = String(numbers[number.dataset['pageOf'] ?? ''] ?? '');
		}, pages);
	}
	failCommand('The booklet’s page numbers did not settle after 5 prints.');
}
