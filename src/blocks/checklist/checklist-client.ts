/**
 * Checklists in the browser: ticks are kept per page and checklist id (local
 * storage, through the shared browser state), so a reload or coming back
 * tomorrow keeps them, and ticking in another tab shows here at once; the
 * reset control puts every box back as the author wrote it.
 */
import { storedValue } from '../../client/browser-state.ts';

/** The storage key of one checklist's ticks. */
export function storageKey(pathname: string, id: string): string {
	return `rapport:checklist:${pathname}#${id}`;
}

/** Wires every checklist under `root`. */
export function initChecklists(root: ParentNode = document): void {
	for (const list of root.querySelectorAll<HTMLElement>('[data-playbook="checklist"]')) wire(list);
}

/** Ticks as stored: an array of booleans (anything else is no ticks). */
function ticksOf(raw: unknown): boolean[] | undefined {
	return Array.isArray(raw) ? raw.map((tick) => tick === true) : undefined;
}

function wire(list: HTMLElement): void {
	const boxes = [...list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const ticks = storedValue<boolean[] | undefined>('local', storageKey(location.pathname, list.id), ticksOf, () => undefined);
	const reset = list.querySelector<HTMLButtonElement>('[data-rapport-reset]');
	const show = (saved: boolean[] | undefined) =>
		boxes.forEach((box, index) => (box.checked = saved ? (saved[index] ?? false) : box.defaultChecked));
	const save = () => {
		const isDefault = boxes.every((box) => box.checked === box.defaultChecked);
		if (isDefault) ticks.clear();
		else ticks.set(boxes.map((box) => box.checked));
	};
	// On a fresh visit, a box ticked while this script was still on its way is the agent's latest word: keep it.
	// (On a reload or back, the browser may have put back old ticks itself: the stored ones are the truth then.)
	const freshVisit = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type === 'navigate';
	if (freshVisit && boxes.some((box) => box.checked !== box.defaultChecked)) save();
	else show(ticks.get());
	ticks.onExternalChange(show);
	list.addEventListener('change', save);
	if (reset) {
		reset.hidden = false;
		reset.addEventListener('click', () => {
			show(undefined);
			ticks.clear();
			boxes[0]?.focus();
		});
	}
}

initChecklists();
