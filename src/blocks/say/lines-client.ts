/**
 * Lines to say and ask, in the browser: copy controls (clipboard, with a
 * fallback and a visible confirmation) and placeholders (`{customer}`) filled
 * from the form at the top of a script. What the agent types stays in this
 * browser tab's session storage and never leaves the browser.
 */

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

/** The words of a line as the agent would say them: placeholders filled where known. */
export function lineText(line: Element): string {
	return (line.querySelector('.rapport-line__text')?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Shows every placeholder on the page with its value, or as `{name}` while it has none. */
function fillPlaceholders(values: Record<string, string>): void {
	for (const slot of document.querySelectorAll<HTMLElement>('[data-placeholder]')) {
		const name = slot.dataset['placeholder'] ?? '';
		const value = values[name]?.trim();
		slot.textContent = value || `{${name}}`;
		slot.toggleAttribute('data-filled', Boolean(value));
	}
}

function wireForms(values: Record<string, string>): void {
	for (const input of document.querySelectorAll<HTMLInputElement>('input[data-placeholder-input]')) {
		const name = input.dataset['placeholderInput'] ?? '';
		input.value = values[name] ?? '';
		input.addEventListener('input', () => {
			const next = { ...readPlaceholders(), [name]: input.value };
			sessionStorage.setItem(storageKey, JSON.stringify(next));
			fillPlaceholders(next);
			for (const twin of document.querySelectorAll<HTMLInputElement>(`input[data-placeholder-input="${name}"]`)) {
				if (twin !== input) twin.value = input.value;
			}
		});
	}
}

async function writeClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		// No clipboard API (plain http, old browser, no permission): the selection trick still works.
		const area = document.createElement('textarea');
		area.value = text;
		area.setAttribute('readonly', '');
		area.style.position = 'fixed';
		area.style.opacity = '0';
		document.body.append(area);
		area.select();
		const copied = document.execCommand('copy');
		area.remove();
		return copied;
	}
}

function announcer(): HTMLElement {
	let region = document.querySelector<HTMLElement>('#rapport-announcer');
	if (!region) {
		region = document.createElement('div');
		region.id = 'rapport-announcer';
		region.className = 'sr-only';
		region.setAttribute('aria-live', 'polite');
		document.body.append(region);
	}
	return region;
}

/** Copies a line's words to the clipboard and says so, on the button and to screen readers. */
export async function copyLine(line: Element): Promise<void> {
	const button = line.querySelector<HTMLButtonElement>('.rapport-copy');
	const words = lineText(line);
	const copied = await writeClipboard(words);
	announcer().textContent = copied ? `Copied: ${words}` : 'Could not copy: select the line and copy it by hand.';
	if (!button) return;
	button.textContent = copied ? 'Copied ✓' : 'Copy failed';
	button.dataset['state'] = copied ? 'copied' : 'failed';
	window.setTimeout(() => {
		button.textContent = 'Copy';
		delete button.dataset['state'];
	}, 2000);
}

function wireCopyButtons(): void {
	for (const button of document.querySelectorAll<HTMLButtonElement>('.rapport-copy')) {
		button.hidden = false;
		button.setAttribute('aria-label', `Copy: ${lineText(button.closest('.rapport-line') ?? button)}`);
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
