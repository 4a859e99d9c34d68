/**
 * `npm run cards:pdf`: after a build, prints every card to PDF with the system's
 * Chromium: `all-cards.pdf` (each face on a sheet of its size), one per office
 * paper (`all-cards-a4.pdf`, `all-cards-letter.pdf`), and `<id>.pdf` per card,
 * in `dist/card-pdfs/`. Says what to install when there is no browser.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findChromium } from '../../browser/find-chromium.ts';
import { launchHeadless, serveBuiltSite } from '../../browser/headless.ts';
import { cardPdfsRoute, cardPrintPath, cardsPath, cardsRoute } from './paths.ts';
import { papers } from './print/office-layout.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: process.cwd() } } });
const root = resolve(values.root);
const dist = join(root, 'dist');
const out = join(dist, cardPdfsRoute);

const browserPath = await findChromium();
if ('error' in browserPath) fail(`npm run cards:pdf prints with Chromium. ${browserPath.error}`);
if (!existsSync(join(dist, cardsRoute, 'index.html')))
	fail(`No built cards in ${relative(process.cwd(), dist) || 'dist'}: run \`npm run build\` first.`);

const site = await serveBuiltSite(root);
const browser = await launchHeadless(browserPath);
try {
	const page = await browser.newPage();
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
} finally {
	await browser.close();
	await site.stop();
}

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}
