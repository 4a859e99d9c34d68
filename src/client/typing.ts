/**
 * True when a key press is the agent typing in a field, so page shortcuts
 * (J, K, N, U, !) leave it alone. A field in a dialog just closed (Esc, then
 * a key at once) keeps the focus for a moment, but nothing typed reaches it.
 */
export function isTyping(target: EventTarget | null): boolean {
	return (
		target instanceof HTMLElement &&
		(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) &&
		!target.closest('dialog:not([open])')
	);
}
