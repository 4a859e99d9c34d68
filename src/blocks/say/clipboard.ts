/** Puts `text` on the clipboard: the Clipboard API, else the selection trick older or locked-down browsers allow. */
export async function writeClipboard(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
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

/** Says `message` to screen readers through one shared polite live region. */
export function announce(message: string): void {
	let region = document.querySelector<HTMLElement>('#rapport-announcer');
	if (!region) {
		region = document.createElement('div');
		region.id = 'rapport-announcer';
		region.className = 'sr-only';
		region.setAttribute('aria-live', 'polite');
		document.body.append(region);
	}
	region.textContent = message;
}
