import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, fixturePath, runCheck, type CommandResult } from '../helpers/astro.ts';
import { bodyMistakes, frontmatterMistakes, type Mistake } from '../helpers/mistakes.ts';

/** Writes each mistake's page into the fixture's playbooks/ (generated, git-ignored) beside one fine page. */
function writePlaybook(fixture: string, mistakes: Mistake[]): void {
	const folder = join(fixturePath(fixture), 'playbooks');
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'index.md'), '---\ntitle: Fine\n---\n\nA page with no mistake.\n');
	for (const mistake of mistakes) writeFileSync(join(folder, mistake.page), mistake.contents);
}

/** The `file:line:column: error: …` lines a mistake must produce. */
function expectedLines(mistake: Mistake): { at: string; says: string }[] {
	const at = (line: number, column: number) => `playbooks/${mistake.page}:${line}:${column}: error: `;
	return [
		...(mistake.says ? [{ at: at(mistake.line, mistake.column), says: mistake.says }] : []),
		...(mistake.also ? [{ at: at(mistake.also.line, mistake.also.column), says: mistake.also.says }] : []),
	];
}

function expectReported(result: CommandResult, mistakes: Mistake[]): void {
	const missing = mistakes.flatMap((mistake) =>
		expectedLines(mistake)
			.filter(({ at, says }) => !result.output.split('\n').some((line) => line.includes(at) && line.includes(says)))
			.map(({ at, says }) => `${at}…${says}…`),
	);
	expect(missing, result.output).toEqual([]);
}

describe('every kind of mistake fails the check and the build at its line', () => {
	let check: CommandResult;
	let clean: CommandResult;
	let cached: CommandResult;
	beforeAll(() => {
		writePlaybook('mistakes', bodyMistakes);
		check = runCheck('mistakes');
		clean = astroBuild('mistakes');
		cached = astroBuild('mistakes');
	}, 300_000);

	it.each(bodyMistakes.filter((mistake) => mistake.says).map((mistake) => [mistake.page, mistake] as const))(
		'%s: npm run check names the line',
		(_page, mistake) => {
			expect(check.status).toBe(1);
			expectReported(check, [mistake]);
		},
	);

	it('fails a clean build and a cached build with every one of them', () => {
		for (const build of [clean, cached]) {
			expect(build.status).not.toBe(0);
			expectReported(build, bodyMistakes);
		}
	});

	it('never prints a stack trace or reports an error without a line', () => {
		for (const output of [check.output, clean.output]) {
			expect(output).not.toMatch(/^\s+at .+\(.*:\d+:\d+\)$/m);
			expect(output).not.toMatch(/playbooks\/[^:\s]+: error/);
		}
	});
});

describe('mistakes in frontmatter fail the check and the build at their line', () => {
	let check: CommandResult;
	let build: CommandResult;
	beforeAll(() => {
		writePlaybook('frontmatter-mistakes', frontmatterMistakes);
		check = runCheck('frontmatter-mistakes');
		build = astroBuild('frontmatter-mistakes');
	}, 240_000);

	it.each(frontmatterMistakes.map((mistake) => [mistake.page, mistake] as const))('%s', (_page, mistake) => {
		expect(check.status).toBe(1);
		expectReported(check, [mistake]);
		expect(build.status).not.toBe(0);
		expectReported(build, [mistake]);
	});
});

describe('a page that fails to render', () => {
	it('fails a clean build and a cached build, naming the page, the line and the cause', () => {
		rmSync(join(fixturePath('render-failure'), 'dist'), { recursive: true, force: true });
		for (const attempt of ['clean', 'cached']) {
			const build = astroBuild('render-failure');
			expect(build.status, `${attempt} build`).not.toBe(0);
			expect(build.output, `${attempt} build`).toContain(
				'playbooks/failing.md:6:3: error: Unexpected failure rendering this page: Unexpected character at (6:3) in a third-party plugin. It would be published empty.',
			);
		}
	}, 240_000);
});
