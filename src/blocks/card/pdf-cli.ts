/**
 * `npm run cards:pdf`: after a build, prints every card to PDF with the system's
 * Chromium: `all-cards.pdf` (each face on a sheet of its size), one per office
 * paper (`all-cards-a4.pdf`, `all-cards-letter.pdf`), and `<id>.pdf` per card,
 * in `dist/card-pdfs/`. Says what to install when there is no browser.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printFromBuiltSite } from '../../browser/print-built-site.ts';
import { cardPdfsRoute, cardPrintPath, cardsPath, cardsRoute } from './paths.ts';
import { papers } from './print/office-layout.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const root = resolve(values.root);
const dist = join(root, 'dist');
const out = join(dist, cardPdfsRoute);

await printFromBuiltSite('cards:pdf', root, join(cardsRoute, 'index.html'), async (page, site) => {
	mkdirSync(out, { recursive: true });
	const print = async (path: string, file: string) => {
		await page.goto(site.url(path));
		await page.evaluate(() => document.fonts.ready);
		writeFileSync(join(out, file), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		console.log(`  ${relative(process.cwd(), join(out, file))}`);
	};
	console.log('Writing card PDFs:');
	await print(cardsPath('/'), 'all-cards.pdf');
	for (const paper of Object.keys(papers)) await print(`${cardsPath('/')}?paper=${paper}`, `all-cards-${paper}.pdf`);
	const ids = readdirSync(join(dist, cardsRoute), { withFileTypes: true }).filter((entry) => entry.isDirectory());
	for (const id of ids) await print(cardPrintPath('/', id.name), `${id.name}.pdf`);
});
