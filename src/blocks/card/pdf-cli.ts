/**
 * `npm run cards:pdf`: after a build, prints every card to PDF with the system's
 * Chromium: `all-cards.pdf` (each face on a sheet of its size), one per office
 * paper (`all-cards-a4.pdf`, `all-cards-letter.pdf`), and `<id>.pdf` per card,
 * in `dist/card-pdfs/`; the same for each other language of the playbook, in
 * its folder (`dist/fr/card-pdfs/`), each card printed in its own language.
 * Says what to install when there is no browser.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { printFromBuiltSite } from '../../browser/print-built-site.ts';
import { builtLanguages } from './pdf-languages.ts';
import { cardPdfsRoute, cardPrintPath, cardsPath, cardsRoute } from './paths.ts';
import { papers } from './print/office-layout.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const root = resolve(values.root);
const dist = join(root, 'dist');

await printFromBuiltSite('cards:pdf', root, join(cardsRoute, 'index.html'), async (page, site) => {
	await page.goto(site.url(cardsPath('/')));
	for (const language of await builtLanguages(page, `${cardsRoute}/`)) {
		const out = join(dist, language.dir, cardPdfsRoute);
		const prefix = `/${language.dir ? `${language.dir}/` : ''}`;
		mkdirSync(out, { recursive: true });
		const print = async (path: string, file: string) => {
			await page.goto(site.url(path));
			await page.evaluate(() => document.fonts.ready);
			writeFileSync(join(out, file), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
			console.log(`  ${relative(process.cwd(), join(out, file))}`);
		};
		console.log(`Writing card PDFs (${language.lang}):`);
		await print(cardsPath(prefix), 'all-cards.pdf');
		for (const paper of Object.keys(papers)) await print(`${cardsPath(prefix)}?paper=${paper}`, `all-cards-${paper}.pdf`);
		const ids = readdirSync(join(dist, language.dir, cardsRoute), { withFileTypes: true }).filter((entry) => entry.isDirectory());
		for (const id of ids) await print(cardPrintPath(prefix, id.name), `${id.name}.pdf`);
	}
});
