import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { pagePattern } from '../content/page-route.ts';
import type { RapportOptions } from '../options.ts';
import { findingsOf, sortFindings, type Finding } from './findings.ts';
import { lintPage } from './lint-page.ts';

/** What {@link lintPlaybook} needs. */
export interface LintOptions extends Pick<RapportOptions, 'playbooks' | 'reviewAfterDays'> {
	/** Project root; paths in findings are relative to it. */
	root: string;
	/** "Today", for review dates (tests pin it). */
	now?: Date;
}

/** Checks every page of the playbook; returns the findings in file order. */
export async function lintPlaybook(options: LintOptions): Promise<Finding[]> {
	const folder = resolve(options.root, options.playbooks);
	const paths = (await glob(pagePattern, { cwd: folder, absolute: true })).sort();
	const now = options.now ?? new Date();
	const files = await Promise.all(
		paths.map(async (path) => lintPage(path, await readFile(path, 'utf8'), { reviewAfterDays: options.reviewAfterDays, now })),
	);
	return sortFindings(files.flatMap((file) => findingsOf(file, options.root)));
}
