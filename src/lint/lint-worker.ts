/** Worker thread entry: lints the playbook described by `workerData` and posts back the findings. */
import { parentPort, workerData } from 'node:worker_threads';
import { lintPlaybook, type LintOptions } from './lint-playbook.ts';

parentPort?.postMessage(await lintPlaybook(workerData as LintOptions));
