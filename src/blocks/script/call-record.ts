/**
 * What the browser keeps of one call on one script, for this tab only
 * (session storage): the steps taken, when the call started and the answers
 * typed. Sensitive fields are never part of it.
 */
import { storedValue, stringRecord, type StoredValue } from '../../client/browser-state.ts';

/** One call on one script. */
export interface CallRecord {
	/** The ids of the steps taken, in order. */
	path: string[];
	/** When the first step was taken (ms since the epoch), if it was. */
	started?: number | undefined;
	/** Answers typed under `:ask` lines, by `<step id>/<question number>`. */
	answers: Record<string, string>;
}

/** Most steps kept: a runaway path (a key held down) cannot grow without end. */
const maxSteps = 200;

const empty = (): CallRecord => ({ path: [], answers: stringRecord({}) ?? {} });

function parse(raw: unknown): CallRecord | undefined {
	if (!raw || typeof raw !== 'object') return undefined;
	const { path, started, answers } = raw as Record<string, unknown>;
	if (!Array.isArray(path) || !path.every((id) => typeof id === 'string')) return undefined;
	return {
		path: path.slice(-maxSteps),
		started: typeof started === 'number' && Number.isFinite(started) ? started : undefined,
		answers: stringRecord(answers) ?? stringRecord({}) ?? {},
	};
}

/** The call kept for `script` on this page, in this tab. */
export function callRecord(script: HTMLElement): StoredValue<CallRecord> {
	return storedValue('session', `rapport:call:${location.pathname}#${script.id}`, parse, empty);
}
