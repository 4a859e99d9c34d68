/**
 * Checklists in the browser: ticks are kept in localStorage per page and
 * checklist id, so a reload (or coming back tomorrow) keeps them; the reset
 * control puts every box back as the author wrote it.
 */

/** The localStorage key of one checklist's ticks. */
export function storageKey(pathname: string, id: string): string {
	return `rapport:checklist:${pathname}#${id}`;
}

/** Wires every checklist under `root`. */
export function initChecklists(root: ParentNode = document): void {
	for (const list of root.querySelectorAll<HTMLElement>('[data-playbook="checklist"]')) wire(list);
}

function wire(list: HTMLElement): void {
	const key = storageKey(location.pathname, list.id);
	const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const reset = list.querySelector<HTMLButtonElement>('[data-rapport-reset]');
	const saved = read(key);
	if (saved) boxes.forEach((box, index) => (box.checked = saved[index] ?? false));
	const save = () => {
		const ticks = boxes.map((box) => box.checked);
		const isDefault = boxes.every((box) => box.checked === box.defaultChecked);
		if (isDefault) localStorage.removeItem(key);
		else localStorage.setItem(key, JSON.stringify(ticks));
	};
	list.addEventListener('change', save);
	if (reset) {
		reset.hidden = false;
		reset.addEventListener('click', () => {
			for (const box of boxes) box.checked = box.defaultChecked;
			localStorage.removeItem(key);
			boxes[0]?.focus();
		});
	}
}

function read(key: string): boolean[] | undefined {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(key) ?? 'null');
		return Array.isArray(value) ? value.map((tick) => tick === true) : undefined;
	} catch {
		return undefined;
	}
}

initChecklists();
