/** Placeholder values (`{customer}` → "Dana") typed in this browser tab; kept in session storage, never sent anywhere. */

const storageKey = 'rapport:placeholders';

/** The placeholder values typed in this browser session. */
export function readPlaceholders(): Record<string, string> {
	try {
		const value: unknown = JSON.parse(sessionStorage.getItem(storageKey) ?? '{}');
		return value && typeof value === 'object' ? (value as Record<string, string>) : {};
	} catch {
		return {};
	}
}

/** Remembers one placeholder's value for the session; returns them all. */
export function savePlaceholder(name: string, value: string): Record<string, string> {
	const next = { ...readPlaceholders(), [name]: value };
	sessionStorage.setItem(storageKey, JSON.stringify(next));
	return next;
}

/** `text` with every `{name}` that has a value replaced by it. */
export function fillText(text: string, values: Record<string, string> = readPlaceholders()): string {
	return text.replace(/\{([a-z][a-z0-9_-]*)\}/gi, (whole, name: string) => values[name.toLowerCase()]?.trim() || whole);
}
