import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, builtPage, runCheck, type CommandResult } from '../helpers/astro.ts';

describe('scripts, quizzes and situations in a built fixture', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce('scripts');
	}, 240_000);

	it('builds, warning about a word to avoid with its place and a better word', () => {
		expect(build.status).toBe(0);
		expect(build.output).toContain(
			'playbooks/calls/after-outage.md:7:29: warning: Unexpected "crashed" in a `:say` line: customers take it literally. Say "stopped working" instead.',
		);
	});

	it('fails check --strict on that word', () => {
		const strict = runCheck('scripts', ['--strict']);
		expect(strict.status).toBe(1);
		expect(strict.output).toContain('playbooks/calls/after-outage.md:7:29: warning: Unexpected "crashed"');
	});

	it('renders scripts and quizzes with their hooks', () => {
		expect(builtPage('scripts', 'calls/upset')).toContain('data-playbook="script"');
		expect(builtPage('scripts', 'quiz')).toContain('data-playbook="quiz"');
	});

	it('makes the situations index, linked from the sidebar', () => {
		const html = builtPage('scripts', 'situations');
		expect(html).toMatch(/<h2 id="channel-phone"[^>]*>Phone<\/h2>/);
		expect(html).toContain('href="/calls/neighbour/"');
		// A page without a situation is not listed (the sidebar, before the list, still has it).
		expect(html).not.toMatch(/<main[\s\S]*After an outage/);
		expect(builtPage('scripts', '')).toContain('href="/situations/"');
	});
});
