import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

/** How bad a problem is: an error fails the build, a warning is printed (and fails `check --strict`). */
export type Severity = 'error' | 'warning';

/** One mistake in a playbook, worded for its author. */
export interface Problem {
	/** Stable rule id, `<block>/<what>`, e.g. `golden-rules/no-list`. */
	rule: string;
	/** What is wrong, in the author's terms: "Unexpected …, expected …". */
	reason: string;
	/** What to write instead. */
	fix: string;
	/** Defaults to `error`. */
	severity?: Severity;
}

/**
 * Attaches `problem` to `node` so it carries the node's line and column.
 * Errors are marked fatal but not thrown: every problem of a page is collected,
 * and the build gate (not the page) decides whether the build fails.
 */
export function report(file: VFile, node: Node, problem: Problem): VFileMessage {
	const message = file.message(`${problem.reason} ${problem.fix}`, {
		place: node.position,
		ruleId: problem.rule,
		source: 'rapport',
	});
	message.fatal = problem.severity !== 'warning';
	return message;
}

/** True when `message` is a Rapport error (as opposed to a warning). */
export function isError(message: VFileMessage): boolean {
	return message.fatal === true;
}
