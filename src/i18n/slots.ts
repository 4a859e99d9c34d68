/**
 * A `{{name}}` slot of a string, as i18next and Starlight write them, the name
 * captured; one definition for every reader of slots (`fill`, `withSlots`).
 * Not global: a caller that wants every slot makes its own `new RegExp(slotPattern, 'g')`.
 */
export const slotPattern = /\{\{\s*([\w.-]+)\s*\}\}/;

/** The names of a string's `{{name}}` slots, in order: `'Press {{key}} or {{button}}'` → `['key', 'button']`. */
export function slotNames(text: string): string[] {
	return [...text.matchAll(new RegExp(slotPattern, 'g'))].map((match) => match[1] ?? '');
}

/**
 * A translated string cut at its `{{name}}` slots, each slot replaced by what
 * `fill` gives for its name (markup, a DOM node); a slot `fill` gives nothing
 * for stays as written. Translations put the markup where their language needs it.
 * @example withSlots('Press {{key}} or {{button}}', (name) => nodes[name]) → ['Press ', kbd, ' or ', button]
 */
export function withSlots<T>(text: string, fill: (name: string) => T | undefined): (string | T)[] {
	// `split` with a capturing group keeps each slot's name at the odd places.
	return text
		.split(new RegExp(slotPattern, 'g'))
		.map((part, index) => (index % 2 === 0 ? part : (fill(part) ?? `{{${part}}}`)))
		.filter((part) => part !== '');
}
