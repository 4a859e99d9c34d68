/**
 * Lines to say and ask, in the browser: copy controls (clipboard, with a
 * fallback and a visible confirmation) and placeholders (`{customer}`) filled
 * from the form at the top of a script and its fields. What the agent types
 * stays in this browser tab's session storage and never leaves the browser;
 * a sensitive field's value is not even stored.
 */

import { ui } from '../../i18n/browser.ts';
import { announce, writeClipboard } from './clipboard.ts';
import { placeholderValue, readPlaceholders, savePlaceholder } from './placeholder-store.ts';

/** The words of a line as the agent would say them: placeholders filled where known. */
export function lineText(line: Element): string {
	return (line.querySelector('.rapport-line__text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Shows every placeholder on the page with its value, or as `{name}` while it has none. */
function fillPlaceholders(values: Record<string, string>): void {
	for (const slot of document.querySelectorAll<HTMLElement>('[data-placeholder]')) {
		const name = slot.dataset['placeholder'] ?? '';
		const value = placeholderValue(values, name);
		slot.textContent = value ?? `{${name}}`;
		slot.toggleAttribute('data-filled', Boolean(value));
	}
}

function wireForms(values: Record<string, string>): void {
	for (const input of document.querySelectorAll<HTMLInputElement>('input[data-placeholder-input]')) {
		// A sensitive field (a card number) stays in its box: never stored, never in a line.
		if (input.hasAttribute('data-sensitive')) continue;
		const name = input.dataset['placeholderInput'] ?? '';
		input.value = placeholderValue(values, name) ?? '';
		input.addEventListener('input', () => {
			fillPlaceholders(savePlaceholder(name, input.value));
			for (const twin of document.querySelectorAll<HTMLInputElement>(`input[data-placeholder-input="${name}"]`)) {
				if (twin !== input && !twin.hasAttribute('data-sensitive')) twin.value = input.value;
			}
		});
	}
}

/** Copies a line's words to the clipboard and says so, on the button and to screen readers. */
export async function copyLine(line: Element): Promise<void> {
	const button = line.querySelector<HTMLButtonElement>('.rapport-copy');
	const words = lineText(line);
	const copied = await writeClipboard(words);
	announce(copied ? ui('rapport.say.copiedLine', { line: words }) : ui('rapport.say.copyByHand'));
	if (!button) return;
	button.textContent = ui(copied ? 'rapport.say.copied' : 'rapport.say.copyFailed');
	button.dataset['state'] = copied ? 'copied' : 'failed';
	window.setTimeout(() => {
		button.textContent = ui('rapport.say.copy');
		delete button.dataset['state'];
	}, 2000);
}

function wireCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('.rapport-copy')) {
		button.hidden = false;
		button.setAttribute('aria-label', ui('rapport.say.copyLine', { line: lineText(button.closest('.rapport-line') ?? button) }));
		button.addEventListener('click', () => {
			const line = button.closest('.rapport-line');
			if (line) void copyLine(line);
		});
	}
}

const values = readPlaceholders();
fillPlaceholders(values);
wireForms(values);
wireCopyButtons();
