import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { formatFinding, type Finding } from '../lint/findings.ts';
import { lintPlaybook, type LintOptions } from '../lint/lint-playbook.ts';

/** The error a build fails with when the playbook has mistakes; its message lists them all. */
export class PlaybookError extends AstroError {
	readonly findings: Finding[];
	constructor(findings: Finding[]) {
		const errors = findings.filter((finding) => finding.severity === 'error');
		super(
			`The playbook has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatFinding).join('\n')}`,
			'Fix each one at the line it names; `npm run check` lists them without building.',
		);
		this.name = 'PlaybookError';
		this.findings = findings;
		this.stack = '';
	}
}

/**
 * Starts checking the whole playbook in a child process, while Astro loads and
 * renders the content. Astro keeps going when a Markdown page fails (the page
 * comes out empty, and its content cache hides the failure on the next build),
 * so this runs on every build, cached or not. A process rather than a thread:
 * the memory the check used goes back to the system when it ends, instead of
 * staying with the build for the rest of its run. Await the result with
 * {@link passGate} before pages are generated.
 */
export function startGate(options: LintOptions): Promise<Finding[]> {
	return new Promise((resolve, reject) => {
		let child: ChildProcess;
		try {
			child = fork(fileURLToPath(new URL('../lint/lint-worker.ts', import.meta.url)), {
				serialization: 'advanced',
				stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			});
		} catch {
			// No child processes here: check in this process instead.
			resolve(lintPlaybook(options));
			return;
		}
		child.once('message', (findings: Finding[]) => resolve(findings));
		child.once('error', reject);
		child.once('exit', (code) => {
			if (code !== 0) reject(new Error(`The playbook check stopped with exit code ${code}.`));
		});
		child.send(options);
	});
}

/** Logs the gate's warnings, and throws a {@link PlaybookError} when the playbook has an error. */
export async function passGate(gate: Promise<Finding[]>, logger: AstroIntegrationLogger): Promise<void> {
	const findings = await gate;
	logFindings(
		findings.filter((finding) => finding.severity === 'warning'),
		logger,
	);
	if (findings.some((finding) => finding.severity === 'error')) throw new PlaybookError(findings);
}

/** Logs each finding on its own line, warnings as warnings and errors as errors. */
export function logFindings(findings: Finding[], logger: AstroIntegrationLogger): void {
	for (const finding of findings) {
		if (finding.severity === 'warning') logger.warn(formatFinding(finding));
		else logger.error(formatFinding(finding));
	}
}
