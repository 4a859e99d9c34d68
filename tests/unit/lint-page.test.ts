import { describe, expect, it } from 'vitest';
import { findingsOf, formatFinding } from '../../src/lint/findings.ts';
import { lintPage } from '../../src/lint/lint-page.ts';

const now = new Date('2026-11-23T00:00:00Z');

async function lint(contents: string, path = '/site/playbooks/page.md'): Promise<string[]> {
	const { file } = await lintPage(path, contents, { reviewAfterDays: 180, avoidWords: {}, now });
	return findingsOf(file, '/site').map(formatFinding);
}

describe('lintPage', () => {
	it('reports block lines as the author sees them, frontmatter included', async () => {
		const page = ['---', 'title: T', 'owner: Me', '---', '', 'Text.', '', '', '', '', ':::checklist[X]', 'no list', ':::'].join('\n');
		expect(await lint(page)).toEqual([
			'playbooks/page.md:11:1: error: Unexpected checklist without a list, expected one list of things to check. Write each check as a list item, e.g. `- [ ] I have named my biases.`',
		]);
	});

	it('reports a channel that does not exist at that item', async () => {
		expect(await lint('---\ntitle: T\nchannels: [phone, fax]\n---\n')).toEqual([
			'playbooks/page.md:3:19: error: Unexpected channels "fax", expected a list of `phone`, `chat`, `email`, `in-person`. Write it like `channels: [phone, chat]`.',
		]);
	});

	it('reports a bad audience, keywords and reviewed date', async () => {
		const found = await lint('---\ntitle: T\naudience: everyone\nkeywords: irate\nreviewed: last week\n---\n');
		expect(found).toEqual([
			'playbooks/page.md:3:11: error: Unexpected audience "everyone", expected one of `internal`, `external`, `any`. Write it like `audience: external`.',
			'playbooks/page.md:4:11: error: Unexpected keywords "irate", expected a list of words. Write it like `keywords: [irate, furious, refund]`.',
			'playbooks/page.md:5:11: error: Unexpected reviewed "last week", expected a date written YYYY-MM-DD. Write it like `reviewed: 2026-11-01`.',
		]);
	});

	it('reports YAML that does not parse', async () => {
		const [finding] = await lint('---\ntitle: T\nsituation: Caller: angry: now\n---\n');
		expect(finding).toMatch(/^playbooks\/page\.md:3:\d+: error: Unexpected YAML in the frontmatter/);
	});

	it('warns when the page is due for review, at the date', async () => {
		expect(await lint('---\ntitle: T\nreviewed: 2026-01-01\n---\n')).toEqual([
			'playbooks/page.md:3:11: warning: Page is due for review: reviewed 2026-01-01, 326 days ago (more than 180). Check it is still true, then write `reviewed: 2026-11-23`.',
		]);
		expect(await lint('---\ntitle: T\nreviewed: 2026-11-01\n---\n')).toEqual([]);
	});

	it('checks blocks in MDX pages, and reports MDX that does not parse', async () => {
		expect(await lint('---\ntitle: T\n---\n\n:::checklist\nno list\n:::\n', '/site/playbooks/page.mdx')).toEqual([
			expect.stringMatching(/^playbooks\/page\.mdx:5:1: error: Unexpected checklist without a list/),
		]);
		const [broken] = await lint('# T\n\n<div>\n', '/site/playbooks/broken.mdx');
		expect(broken).toMatch(/^playbooks\/broken\.mdx:\d+:\d+: error: Unexpected MDX syntax/);
	});

	it('reads the page as Astro does: frontmatter after blank lines, TOML, and a first line whose indentation the site drops', async () => {
		expect(await lint('\n\n---\ntitle: T\naudience: everyone\n---\n')).toEqual([
			expect.stringMatching(/^playbooks\/page\.md:5:11: error: Unexpected audience "everyone"/),
		]);
		expect(await lint('+++\ntitle = "T"\nchannels = ["fax"]\n+++\n')).toEqual([
			expect.stringMatching(/^playbooks\/page\.md:3:1: error: Unexpected channels "fax"/),
		]);
		expect(await lint('---\ntitle: T\n---\n\n    # Looks like code\n')).toEqual([
			'playbooks/page.md:5:1: warning: Unexpected indentation on the first line of the page: the site drops it, so this line is not read as indented code. Put a line of text before it, or write the code in a fenced block (```).',
		]);
	});
});
