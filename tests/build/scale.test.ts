import { mkdirSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { astroBuild, builtPage, fixturePath, repoRoot, type CommandResult } from '../helpers/astro.ts';

describe('a generated 50-page playbook', () => {
	let build: CommandResult;
	beforeAll(() => {
		const site = fixturePath('generated-50');
		generateCorpus(`${site}playbooks`, 50);
		mkdirSync(site, { recursive: true });
		writeFileSync(
			`${site}astro.config.mjs`,
			`import { fixtureConfig } from '${repoRoot}tests/fixtures/fixture-config.mjs';\n\nexport default fixtureConfig({ sidebarLimit: 20 });\n`,
		);
		build = astroBuild('generated-50');
	}, 240_000);

	it('builds with every block on every page', () => {
		expect(build.output).not.toMatch(/\[ERROR\]/);
		expect(build.status).toBe(0);
		const html = builtPage('generated-50', 'billing/case-3');
		for (const hook of ['golden-rules', 'dos-donts', 'checklist', 'script', 'step', 'say', 'ask', 'card', 'quiz', 'result']) {
			expect(html, hook).toContain(`data-playbook="${hook}"`);
		}
	});

	it('keeps other sections out of a page’s sidebar: one link each, to their first page', () => {
		const html = builtPage('generated-50', 'billing/case-3');
		const sidebar = html.slice(html.indexOf('id="starlight__sidebar"'), html.indexOf('</nav>', html.indexOf('id="starlight__sidebar"')));
		expect(sidebar).toContain('href="/billing/case-5/"');
		expect(sidebar).toContain('href="/onboarding/case-1/"');
		expect(sidebar).not.toContain('href="/onboarding/case-2/"');
		expect(sidebar).toContain('aria-current="page"');
	});

	it('titles a page without frontmatter from its first heading', () => {
		expect(builtPage('generated-50', '')).toContain('<title>Generated playbook | Fixture playbook</title>');
	});
});

describe('Markdown moved in from a wiki', () => {
	it('builds as it is, reporting a broken link and a missing image with file and line', () => {
		const build = astroBuild('wiki');
		expect(build.status).toBe(0);
		expect(build.output).toContain('playbooks/support/moved-in.md:3:26: warning: Broken link `./gone.md`');
		expect(build.output).toContain('playbooks/support/moved-in.md:5:1: warning: Missing image `./diagram.png`');
		const html = builtPage('wiki', 'support/moved-in');
		expect(html).toContain('<title>Moved in from the wiki | Fixture playbook</title>');
		expect(html).toContain('[Missing image: A diagram that was never copied]');
		expect(html).toContain('href="/sales/"');
		expect(html).toContain('<div class="legacy">Raw <b>HTML</b> from the wiki.</div>');
	}, 240_000);
});
