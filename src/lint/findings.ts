import { relative } from 'node:path';
import type { VFile } from 'vfile';
import type { Severity } from '../directives/problems.ts';

/** One problem found in a playbook, ready to print. */
export interface Finding {
	/** Path of the page, relative to the project root. */
	file: string;
	line: number;
	column: number;
	severity: Severity;
	/** Stable rule id, e.g. `checklist/no-list`. */
	rule: string;
	message: string;
}

/** The problems reported on `file`, with its path made relative to `root`. */
export function findingsOf(file: VFile, root: string): Finding[] {
	return file.messages.map((message) => ({
		file: relative(root, file.path),
		line: message.line ?? 1,
		column: message.column ?? 1,
		severity: message.fatal ? 'error' : 'warning',
		rule: message.ruleId ?? 'rapport',
		message: message.reason,
	}));
}

/** `playbooks/a.md:12:1: error: Unexpected …`: the form editors and CI logs link to. */
export function formatFinding(finding: Finding): string {
	return `${finding.file}:${finding.line}:${finding.column}: ${finding.severity}: ${finding.message}`;
}

/** Findings in file, line and column order. */
export function sortFindings(findings: Finding[]): Finding[] {
	return [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
