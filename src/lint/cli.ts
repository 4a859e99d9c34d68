/**
 * `npm run check [-- --strict]`: lints the playbook without building the site.
 * Prints one finding per line as `file:line:column: severity: message`; exits 1
 * on an error (on a warning too with `--strict`), 0 otherwise.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { configuredOptions } from '../options.ts';
import { formatFinding } from './findings.ts';
import { lintPlaybook } from './lint-playbook.ts';

const { values } = parseArgs({
	options: {
		strict: { type: 'boolean', default: false },
		root: { type: 'string', default: process.cwd() },
	},
});
const root = resolve(values.root);
const config = resolve(root, 'astro.config.mjs');
// Importing the site's config runs `rapport({ … })`, which records its options.
if (existsSync(config)) await import(pathToFileURL(config).href);
const options = configuredOptions();

const findings = await lintPlaybook({ ...options, root });
for (const finding of findings) console.log(formatFinding(finding));
const errors = findings.filter((finding) => finding.severity === 'error').length;
const warnings = findings.length - errors;
const failed = errors > 0 || (values.strict && warnings > 0);
console.error(
	`${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${options.playbooks}` +
		(values.strict && warnings > 0 ? ' (--strict: warnings fail)' : ''),
);
process.exitCode = failed ? 1 : 0;
