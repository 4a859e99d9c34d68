/**
 * `npm run check [-- --strict]`: lints the playbook without building the site.
 * Prints one finding per line as `file:line:column: severity: message`; exits 1
 * on an error (on a warning too with `--strict`), 0 otherwise.
 * `npm run check -- --due [--today YYYY-MM-DD]`: the review queue instead,
 * `file: owner, due since DATE` for each page past due, never reviewed or
 * without an owner; exits 1 when any page is past due or never reviewed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { configuredOptions } from '../options.ts';
import { formatFinding } from './findings.ts';
import { starlightI18n } from '../i18n/starlight-setup.ts';
import { lintPlaybook } from './lint-playbook.ts';
import { dueLines, reviewQueue } from '../review/review-queue.ts';

const { values } = parseArgs({
	options: {
		strict: { type: 'boolean', default: false },
		root: { type: 'string', default: process.cwd() },
		due: { type: 'boolean', default: false },
		today: { type: 'string' },
	},
});
const root = resolve(values.root);
const config = resolve(root, 'astro.config.mjs');
// Importing the site's config runs `rapport({ … })`, which records its options.
const site = existsSync(config)
	? ((await import(pathToFileURL(config).href)) as { default?: { integrations?: unknown[] } }).default
	: undefined;
const options = configuredOptions();
const i18n = await starlightI18n(site, root);

if (values.due) {
	const now = values.today ? new Date(values.today) : new Date();
	if (Number.isNaN(now.getTime())) {
		console.error(`Unexpected --today ${values.today}: expected a date written YYYY-MM-DD, e.g. --today 2026-11-30.`);
		process.exit(2);
	}
	const entries = await reviewQueue({ root, playbooks: options.playbooks, reviewAfterDays: options.reviewAfterDays, now });
	for (const line of dueLines(entries)) console.log(line);
	const overdue = entries.filter((entry) => entry.overdue).length;
	const unowned = entries.filter((entry) => !entry.owner).length;
	console.error(
		`${overdue} of ${entries.length} page${entries.length === 1 ? '' : 's'} due for review${unowned ? `, ${unowned} without an owner` : ''} (reviews last ${options.reviewAfterDays} days)`,
	);
	process.exit(overdue > 0 ? 1 : 0);
}

const findings = await lintPlaybook({ ...options, root, i18n });
for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === 'error').length;
const warnings = findings.length - errors;
const failed = errors > 0 || (values.strict && warnings > 0);
console.error(
	`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${options.playbooks}` +
		(values.strict && warnings > 0 ? ' (--strict: warnings fail)' : ''),
);
process.exitCode = failed ? 1 : 0;
