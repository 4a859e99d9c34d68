import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, defaultPlaybook, repoRoot, runCheck, type CommandResult } from '../helpers/astro.ts';

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

describe('the default playbook', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = astroBuild(defaultPlaybook);
	}, 240_000);

	it('builds without errors or warnings of its own', () => {
		expect(build.status).toBe(0);
		expect(build.output).not.toMatch(/\[(ERROR|WARN)\] \[rapport\]/);
	});

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
