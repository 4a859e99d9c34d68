import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of a fixture site under tests/fixtures/. */
export function fixturePath(name: string): string {
	return name === defaultPlaybook ? repoRoot : fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
}

/** Pass as a fixture name to build or serve the repository's own site: the default playbook. */
export const defaultPlaybook = '(default playbook)';

/** The result of running an Astro command: exit status and all output. */
export interface CommandResult {
	status: number | null;
	output: string;
}

/**
 * Runs `astro build` on a fixture in its own process, as an author would, so
 * exit codes and printed errors are real. Bounded in time.
 */
export function astroBuild(fixture: string, env: Record<string, string> = {}): CommandResult {
	const result = spawnSync(process.execPath, [`${repoRoot}node_modules/astro/bin/astro.mjs`, 'build', '--root', fixturePath(fixture)], {
		cwd: repoRoot,
		encoding: 'utf8',
		timeout: 240_000,
		env: { ...authorEnv(), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * {@link astroBuild}, once per test run: a fixture several test files read
 * (built the same way, with the same `env`) is built by the first and read as
 * it is by the others. The fixture's dist/ is emptied first. Test files run two at a time, so a file that asks for
 * a fixture another file is building waits for that build. Tests that change
 * a fixture or need a fresh or cached build call `astroBuild`, on a fixture
 * of their own.
 */
export function buildOnce(fixture: string, env: Record<string, string> = {}): CommandResult {
	const key = createHash('sha256')
		.update(JSON.stringify([fixture, env]))
		.digest('hex')
		.slice(0, 16);
	const folder = `${repoRoot}tests/.tmp/built/`;
	const marker = `${folder}${key}.json`;
	const run = inject('testRun');
	mkdirSync(folder, { recursive: true });
	const release = holdLock(`${folder}${key}-${run}.lock`);
	try {
		try {
			const saved = JSON.parse(readFileSync(marker, 'utf8')) as { run: string; result: CommandResult };
			if (saved.run === run && saved.result.status === 0) return saved.result;
		} catch {
			// Not built in this run yet.
		}
		rmSync(`${fixturePath(fixture)}dist`, { recursive: true, force: true });
		const result = astroBuild(fixture, env);
		writeFileSync(marker, JSON.stringify({ run, result }));
		return result;
	} finally {
		release();
	}
}

/** Waits (up to the build's own time limit) until this process alone holds `lock`, a folder; returns how to let go. */
function holdLock(lock: string): () => void {
	const waitUntil = Date.now() + 300_000;
	for (;;) {
		try {
			mkdirSync(lock);
			return () => rmSync(lock, { recursive: true, force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > waitUntil) throw error;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
		}
	}
}

/**
 * The environment an author's shell would have: without what Vitest adds
 * (NODE_ENV=test, DEV=1, MODE=test …), which Vite would take for a development build.
 */
function authorEnv(): NodeJS.ProcessEnv {
	const vitestOnly = /^(VITEST.*|TEST|NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL)$/;
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !vitestOnly.test(name)));
}

/** Runs `npm run check` (the CLI) against a fixture. */
export function runCheck(fixture: string, args: string[] = []): CommandResult {
	const result = spawnSync(process.execPath, [`${repoRoot}src/lint/cli.ts`, '--root', fixturePath(fixture), ...args], {
		cwd: repoRoot,
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, NO_COLOR: '1' },
	});
	return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** A built page of a fixture, as HTML text. */
export function builtPage(fixture: string, route: string): string {
	return readFileSync(`${fixturePath(fixture)}dist/${route ? `${route}/` : ''}index.html`, 'utf8');
}

/**
 * A built page's sidebar as lines, `Group > Title`, with ` [en]` after a link
 * marked `lang="en"` (a page not translated yet) and ` *` after the current page.
 */
export function builtSidebar(fixture: string, route: string): string[] {
	const html = builtPage(fixture, route);
	const start = html.indexOf('<ul class="top-level');
	const nav = html.slice(start, html.indexOf('</nav>', start));
	const lines: string[] = [];
	let group = '';
	for (const [whole, summary, attrs = '', title = ''] of nav.matchAll(
		/<summary[^>]*>([^]*?)<\/summary>|<a href="[^"]*"([^>]*)>([^]*?)<\/a>|<\/details>/g,
	)) {
		if (whole === '</details>') group = '';
		else if (summary) group = summary.replace(/<[^>]+>/g, '').trim();
		else {
			const marks = `${/\slang="en"/.test(attrs) ? ' [en]' : ''}${/aria-current/.test(attrs) ? ' *' : ''}`;
			lines.push(`${group ? `${group} > ` : ''}${title.replace(/<[^>]+>/g, '').trim()}${marks}`);
		}
	}
	return lines;
}
