import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatFinding } from '../../src/lint/findings.ts';
import { lintPlaybook, type LintOptions } from '../../src/lint/lint-playbook.ts';

let root: string;
let options: LintOptions;
const card = (id: string) => `---\ntitle: ${id}\n---\n\n:::card[Desk card]{#${id}}\n- Say hello.\n:::\n`;
const write = (name: string, contents: string) => writeFileSync(join(root, 'playbooks', name), contents);
const lint = async () => (await lintPlaybook(options)).map(formatFinding);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'rapport-lint-cache-'));
	mkdirSync(join(root, 'playbooks'));
	options = {
		root,
		playbooks: 'playbooks',
		reviewAfterDays: 180,
		avoidWords: {},
		now: new Date('2026-11-23T00:00:00Z'),
		cacheFile: join(root, 'cache', 'lint.json'),
	};
	// Two cards sharing an id (an error only seen across pages), a broken block and a broken link.
	write('a.md', card('greeting'));
	write('b.md', card('greeting'));
	write('c.md', '# C\n\n:::checklist[Before]\nno list\n:::\n\n[Gone](missing.md)\n');
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The cache file as the tests read it. */
interface SavedCache {
	pages: Record<string, { messages: { reason: string }[] }>;
}

/** Rewrites what the cache holds for `page`, so a test can tell a restored page from a parsed one. */
function tamper(page: string, reason: string) {
	const saved = JSON.parse(readFileSync(options.cacheFile ?? '', 'utf8')) as SavedCache;
	const message = saved.pages[join(root, 'playbooks', page)]?.messages[0];
	if (!message) throw new Error(`The cache holds no message for ${page}.`);
	message.reason = reason;
	writeFileSync(options.cacheFile ?? '', JSON.stringify(saved));
}

describe('lintPlaybook with a cache file', () => {
	it('finds the same problems, at the same places, from the cache as from the pages', async () => {
		const first = await lint();
		expect(first).toEqual([
			expect.stringMatching(/^playbooks\/b\.md:5:1: error: Unexpected card id `greeting`: playbooks\/a\.md:5 has a card/),
			expect.stringMatching(/^playbooks\/c\.md:3:1: error: Unexpected checklist without a list/),
			expect.stringMatching(/^playbooks\/c\.md:7:1: warning: Broken link `missing\.md`/),
		]);
		expect(await lint()).toEqual(first);
	});

	it('restores unchanged pages without parsing them, and parses a changed one', async () => {
		await lint();
		tamper('c.md', 'Restored from the cache.');
		expect(await lint()).toContain('playbooks/c.md:3:1: error: Restored from the cache.');
		write('c.md', '# C\n\n\n:::checklist[Before]\nno list\n:::\n');
		expect(await lint()).toEqual([
			expect.stringMatching(/^playbooks\/b\.md:5:1: error: Unexpected card id/),
			expect.stringMatching(/^playbooks\/c\.md:4:1: error: Unexpected checklist without a list/),
		]);
	});

	it('checks every page again when the day or the options change', async () => {
		await lint();
		tamper('c.md', 'Restored from the cache.');
		options = { ...options, now: new Date('2026-11-24T00:00:00Z') };
		expect(await lint()).not.toContain('playbooks/c.md:3:1: error: Restored from the cache.');
		tamper('c.md', 'Restored from the cache.');
		options = { ...options, avoidWords: { calm: 'settle' } };
		expect(await lint()).not.toContain('playbooks/c.md:3:1: error: Restored from the cache.');
	});

	it('forgets deleted pages and their cross-page problems', async () => {
		await lint();
		rmSync(join(root, 'playbooks', 'a.md'));
		expect((await lint()).filter((finding) => finding.includes('card id'))).toEqual([]);
		const saved = JSON.parse(readFileSync(options.cacheFile ?? '', 'utf8')) as SavedCache;
		expect(
			Object.keys(saved.pages)
				.map((path) => path.slice(root.length))
				.sort(),
		).toEqual(['/playbooks/b.md', '/playbooks/c.md']);
	});
});
