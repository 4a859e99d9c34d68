import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, runCheck, type CommandResult } from '../helpers/astro.ts';

/** The French hold script lacks the original's last step. */
const outOfDate =
	'playbooks/fr/call-scripts/hold.md:7:1: warning: Unexpected script `hold-script` steps ask, back; its original playbooks/call-scripts/hold.md has ask, back, too-long. Translate the missing step `too-long` (or remove it from the original), keeping its id.';

/** The findings a run printed about the pages of `folder` (e.g. `playbooks/fr/`). */
const findingsIn = (output: string, folder: string) => output.split('\n').filter((line) => line.includes(folder));

describe('npm run check on a playbook with a French translation', () => {
	it('warns about the out-of-date translation, naming both files, and passes', () => {
		const { status, output } = runCheck('i18n');
		expect(output).toContain(outOfDate);
		// The refund script's translation matches its original; the home page has no block with an id.
		expect(findingsIn(output, 'playbooks/fr/call-scripts/refund-request.md')).toEqual([]);
		expect(findingsIn(output, 'playbooks/fr/index.md')).toEqual([]);
		expect(status).toBe(0);
	});

	it('fails with --strict', () => {
		const { status, output } = runCheck('i18n', ['--strict']);
		expect(output).toContain(outOfDate);
		expect(output).toContain('(--strict: warnings fail)');
		expect(status).toBe(1);
	});
});

describe('astro build on a playbook with a French translation', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce('i18n');
	}, 240_000);

	// A cached run, and an original that changed while its translation did not, are in tests/unit/translations.test.ts.
	it('logs the warning and builds', () => {
		expect(build.output).toContain(`[WARN] [rapport] ${outOfDate}`);
		expect(build.status).toBe(0);
	});
});
