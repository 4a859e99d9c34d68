import { existsSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildOnce, builtPage, fixturePath, runCheck, type CommandResult } from '../helpers/astro.ts';

describe('a fixture site with every block', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce('blocks');
	}, 240_000);

	it('builds', () => {
		expect(build.output).not.toMatch(/\[ERROR\]/);
		expect(build.status).toBe(0);
	});

	it('renders every block with its hook', () => {
		const html = builtPage('blocks', 'blocks');
		for (const hook of ['golden-rules', 'dos-donts', 'do', 'dont', 'checklist']) {
			expect(html).toContain(`data-playbook="${hook}"`);
		}
		expect(html).toContain('id="shift-check"');
		expect(html).toContain('id="second-list"');
		expect(html).toContain('starlight-aside--note');
		expect(html).toContain('10:30 stays text');
	});

	it('renders blocks in MDX pages too', () => {
		expect(builtPage('blocks', 'mdx-page')).toContain('<section data-playbook="checklist" id="mdx-checklist"');
	});

	it('titles a plain Markdown page from its first heading, shown once', () => {
		const html = builtPage('blocks', 'call-scripts/plain-page');
		expect(html).toContain('<title>A page from the old wiki | Fixture playbook</title>');
		expect(html.match(/A page from the old wiki<\/h1>/g)).toHaveLength(1);
	});

	it('points relative .md links at the pages', () => {
		expect(builtPage('blocks', '')).toContain('href="/call-scripts/plain-page/#second"');
		expect(builtPage('blocks', '')).toContain('href="/blocks/"');
		// A page that sets its own slug is linked at that slug.
		expect(builtPage('blocks', '')).toContain('href="/desk/renamed-page/"');
		expect(builtPage('blocks', 'desk/renamed-page')).toContain('A page with its own slug');
		expect(builtPage('blocks', 'call-scripts/plain-page')).toContain('href="/blocks/"');
	});

	it('shows owners and review dates, and pages due for review', () => {
		const home = builtPage('blocks', '');
		expect(home).toContain('Owner: QA');
		expect(home).toMatch(/data-rapport-review="due"/);
		expect(home).toMatch(/Due for review \(\d+ days since the last one\)/);
		const fresh = builtPage('blocks', 'blocks');
		expect(fresh).toContain('Owner: Fixture owners');
		expect(fresh).toContain('data-rapport-review="ok"');
	});

	it('labels folders readably in the sidebar, or as configured', () => {
		const html = builtPage('blocks', 'blocks');
		expect(html).toContain('Scripts for calls');
		expect(html).not.toMatch(/>call-scripts</);
	});

	it('prints warnings during the build', () => {
		expect(build.output).toMatch(/playbooks\/index\.md:4:11: warning: Page is due for review: reviewed 2020-01-01/);
	});

	it('indexes the pages for search', () => {
		const files = readdirSync(`${fixturePath('blocks')}dist/pagefind`);
		expect(files).toContain('pagefind.js');
		expect(files.some((file) => file.startsWith('pagefind-entry'))).toBe(true);
	});
});

describe('a fixture with mistakes', () => {
	const expected = [
		'playbooks/broken.md:11:1: error: Unexpected checklist without a list',
		'playbooks/fine.md:5:1: error: Unknown block `:::golden-rule`. Did you mean `:::golden-rules`?',
	];

	it('fails astro build with each location, on every build', () => {
		for (const attempt of [1, 2]) {
			const build = astroBuild('bad-page');
			expect(build.status, `build ${attempt}`).not.toBe(0);
			for (const line of expected) expect(build.output).toContain(line);
		}
		expect(existsSync(`${fixturePath('bad-page')}dist/broken/index.html`)).toBe(false);
	}, 240_000);

	it('fails on bad frontmatter with the line and column of the value, before Astro’s own less precise check', () => {
		const build = astroBuild('bad-frontmatter');
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			'playbooks/fax.md:3:19: error: Unexpected channels "fax", expected a list of `phone`, `chat`, `email`, `in-person`. Write it like `channels: [phone, chat]`.',
		);
		expect(build.output).not.toContain('InvalidContentEntryDataError');
	}, 240_000);

	it('is reported by npm run check without building, non-zero exit', () => {
		const check = runCheck('bad-page');
		expect(check.status).toBe(1);
		for (const line of expected) expect(check.output).toContain(line);
		expect(check.output).toContain('2 errors, 0 warnings');
	});

	it('check --strict fails on warnings alone', () => {
		expect(runCheck('blocks').status).toBe(0);
		const strict = runCheck('blocks', ['--strict']);
		expect(strict.status).toBe(1);
		expect(strict.output).toContain('playbooks/index.md:4:11: warning: Page is due for review');
	});
});
