/** Placeholder values (`{customer}` → "Dana") typed in this browser tab; kept in session storage, never sent anywhere. */
import { ownString, storedValue, stringRecord } from '../../client/browser-state.ts';

const stored = storedValue('session', 'rapport:placeholders', stringRecord, () => stringRecord({}) ?? {});

/** The placeholder values typed in this browser session (own string entries only). */
export function readPlaceholders(): Record<string, string> {
	return stored.get();
}

/** Remembers one placeholder's value for the session; returns them all. */
export function savePlaceholder(name: string, value: string): Record<string, string> {
	const next = stringRecord({ ...readPlaceholders(), [name]: value }) ?? {};
	stored.set(next);
	return next;
}

/** The value typed for placeholder `name`, trimmed; undefined when none (never a name on `Object.prototype`). */
export function placeholderValue(values: Record<string, string>, name: string): string | undefined {
	return ownString(values, name)?.trim() || undefined;
}

/** `text` with every `{name}` that has a value replaced by it. */
export function fillText(text: string, values: Record<string, string> = readPlaceholders()): string {
	return text.replace(/\{(\p{L}[\p{L}\p{N}_-]*)\}/gu, (whole, name: string) => placeholderValue(values, name.toLowerCase()) ?? whole);
}
