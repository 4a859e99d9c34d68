/**
 * Call scripts in the browser: J / K move to the next or previous step, C copies
 * the current step's first line (placeholders filled). The current step is the
 * one last moved to, focused or linked (`#step-id`); the browser's back button
 * returns from a branch because branches are ordinary links.
 */
import { copyLine } from '../say/lines-client.ts';

const steps = () => [...document.querySelectorAll<HTMLElement>('[data-playbook="step"]')];

function current(): HTMLElement | undefined {
	return steps().find((step) => step.getAttribute('aria-current') === 'step');
}

/** Makes `step` the current step: highlighted, announced as current, focused and in view. */
function select(step: HTMLElement, focus = true): void {
	for (const other of steps()) other.removeAttribute('aria-current');
	step.setAttribute('aria-current', 'step');
	if (focus) {
		step.focus({ preventScroll: true });
		step.scrollIntoView({ block: 'start', behavior: 'auto' });
	}
}

function move(by: number): void {
	const all = steps();
	const at = current();
	const index = at ? all.indexOf(at) + by : by > 0 ? 0 : all.length - 1;
	const next = all[Math.max(0, Math.min(all.length - 1, index))];
	if (next) select(next);
}

function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function onKey(event: KeyboardEvent): void {
	if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
	if (document.querySelector('dialog[open]')) return;
	const key = event.key.toLowerCase();
	if (key === 'j') move(1);
	else if (key === 'k') move(-1);
	else if (key === 'c') {
		const line = (current() ?? steps()[0])?.querySelector('.rapport-line');
		if (line) void copyLine(line);
	} else return;
	event.preventDefault();
}

function followHash(): void {
	let id = location.hash.slice(1);
	try {
		id = decodeURIComponent(id);
	} catch {
		// A stray `%` in the address: look the id up as written.
	}
	const target = id ? document.getElementById(id) : null;
	if (target?.dataset['playbook'] === 'step') select(target);
}

for (const help of document.querySelectorAll<HTMLElement>('.rapport-script__keys')) help.hidden = false;
for (const step of steps()) step.addEventListener('focusin', () => select(step, false));
document.addEventListener('keydown', onKey);
window.addEventListener('hashchange', followHash);
followHash();
