/** Child process entry: lints the playbook described by the first message and sends back the findings. */
import { lintPlaybook, type LintOptions } from './lint-playbook.ts';

process.once('message', (options: LintOptions) => {
	void lintPlaybook(options).then((findings) => process.send?.(findings, () => process.disconnect?.()));
});
