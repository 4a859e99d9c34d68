import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, defaultPlaybook, repoRoot, runCheck, type CommandResult } from '../helpers/astro.ts';
import { readPdf } from '../helpers/pdf.ts';

/** Every built page of the default playbook, as HTML. */
function builtPages(): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.isDirectory()) walk(`${folder}${entry.name}/`);
			else if (entry.name === 'index.html') pages.push(readFileSync(`${folder}${entry.name}`, 'utf8'));
		}
	};
	walk(`${repoRoot}dist/`);
	return pages;
}

const count = (pages: string[], hook: string) => pages.reduce((total, html) => total + html.split(`data-playbook="${hook}"`).length - 1, 0);

/** The titles of every card on the built `/cards/` page, as plain text. */
function cardTitles(): string[] {
	const html = readFileSync(`${repoRoot}dist/cards/index.html`, 'utf8');
	return [...html.matchAll(/<h3 class="rapport-sheet__title"[^>]*>([\s\S]*?)<\/h3>/g)].map(([, title = '']) =>
		title
			.replace(/<[^>]*>/g, '')
			.replace(/&#x27;|&#39;/g, "'")
			.replace(/&amp;/g, '&')
			.trim(),
	);
}

describe('the default playbook', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce(defaultPlaybook);
	}, 240_000);

	it('builds without errors or warnings of its own', () => {
		expect(build.status).toBe(0);
		expect(build.output).not.toMatch(/\[(ERROR|WARN)\] \[rapport\]/);
	});

	it('prints every card in every PDF cards:pdf writes, read back from the PDFs', async () => {
		const run = spawnSync(process.execPath, [`${repoRoot}src/blocks/card/pdf-cli.ts`, '--root', repoRoot], {
			encoding: 'utf8',
			timeout: 120_000,
		});
		expect(run.status, run.stderr).toBe(0);
		const titles = [...new Set(cardTitles())];
		expect(titles.length).toBeGreaterThanOrEqual(8);
		for (const file of ['all-cards.pdf', 'all-cards-a4.pdf', 'all-cards-letter.pdf']) {
			const sheets = await readPdf(readFileSync(`${repoRoot}dist/card-pdfs/${file}`));
			// A title can wrap onto two lines of a small card: compare text with its line breaks as spaces.
			const text = sheets
				.map((sheet) => sheet.text)
				.join(' ')
				.replace(/\s+/g, ' ');
			expect(
				titles.filter((title) => !text.includes(title.replace(/\s+/g, ' '))),
				file,
			).toEqual([]);
		}
	}, 120_000);

	it('is clean under check --strict', () => {
		const strict = runCheck(defaultPlaybook, ['--strict']);
		expect(strict.output).toContain('0 errors, 0 warnings');
		expect(strict.status).toBe(0);
	});

	it('uses every block: at least 8 scripts and 8 cards, a quiz, a checklist, golden rules, dos and don’ts', () => {
		const pages = builtPages().filter((html) => html.includes('data-pagefind-body'));
		expect(count(pages, 'script')).toBeGreaterThanOrEqual(8);
		expect(count(pages, 'card')).toBeGreaterThanOrEqual(8);
		expect(count(pages, 'quiz')).toBeGreaterThanOrEqual(1);
		expect(count(pages, 'checklist')).toBeGreaterThanOrEqual(1);
		expect(count(pages, 'golden-rules')).toBeGreaterThanOrEqual(1);
		expect(count(pages, 'dos-donts')).toBeGreaterThanOrEqual(1);
		expect(count(pages, 'say')).toBeGreaterThanOrEqual(20);
	});

	it('has at least 18 call scripts, each on a page with a desk card, a situation, keywords and lines for each of its channels', () => {
		const scripts = builtPages().filter((html) => html.includes('data-pagefind-body') && html.includes('data-playbook="script"'));
		expect(scripts.length).toBeGreaterThanOrEqual(18);
		const title = (html: string) => /<title>([^<|]*)/.exec(html)?.[1]?.trim();
		expect(scripts.filter((html) => !html.includes('data-playbook="card"')).map(title)).toEqual([]);
		expect(scripts.filter((html) => !html.includes('rapport-situation')).map(title)).toEqual([]);
		expect(scripts.filter((html) => !/data-pagefind-meta="keywords">[^<]+</.test(html)).map(title)).toEqual([]);
		// Every script ends somewhere: at least one step marked as an outcome.
		expect(scripts.filter((html) => !html.includes('data-outcome=')).map(title)).toEqual([]);
		// A script used on chat or email never tells the agent to thank them for calling there: such lines are for the phone only.
		const spokenOnly =
			/<span data-playbook="say"(?! data-channels="(?:phone|in-person| )+")[^>]*>(?:(?!<\/q>)[\s\S])*(?:for calling|on the line|on hold)/i;
		expect(scripts.filter((html) => /data-channels="[^"]*(?:chat|email)/.test(html) && spokenOnly.test(html)).map(title)).toEqual([]);
	});

	it('gives every page an owner and a review date', () => {
		// Playbook pages, not the pages Rapport generates (situations index, search gaps).
		const generated = /<title>(Situations|Search gaps) \|/;
		const pages = builtPages().filter((html) => html.includes('sl-markdown-content') && !generated.test(html));
		const withoutOwner = pages.filter((html) => !html.includes('rapport-page-meta')).map((html) => /<title>([^<]*)/.exec(html)?.[1]);
		expect(withoutOwner).toEqual([]);
	});

	it('curls quotes in prose once (Rapport does the SmartyPants step in Astro’s place)', () => {
		const page = readFileSync(`${repoRoot}dist/call-scripts/upset-after-interruption/index.html`, 'utf8');
		expect(page).toContain('don’t say it’s “not that bad”');
		expect(page).toContain('“I’m sorry. I can hear how frustrating this has been.”');
	});
});
