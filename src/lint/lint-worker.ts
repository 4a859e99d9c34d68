/** Child process entry: lints the playbook described by the first message and sends back the findings. */
import { lintPlaybook, type LintOptions } from './lint-playbook.ts';

process.once('message', async (options: LintOptions) => {
	process.send?.(await lintPlaybook(options), () => process.disconnect?.());
});
