import type { AstroIntegrationLogger } from 'astro';
import { AstroError } from 'astro/errors';
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
 * Checks the whole playbook before Astro renders anything. Astro keeps going
 * when a Markdown page fails (the page comes out empty, and its content cache
 * hides the failure on the next build), so this runs on every build, cached or
 * not: warnings are logged, and any error throws a {@link PlaybookError}.
 */
export async function gateBuild(options: LintOptions, logger: AstroIntegrationLogger): Promise<void> {
	const findings = await lintPlaybook(options);
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
