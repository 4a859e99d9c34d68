/**
 * Call scripts in the browser: J / K move to the next or previous step, C copies
 * the current step's first line (placeholders filled), B goes back along the
 * path taken, R starts a new call (pressed twice). The current step is the one
 * last moved to, focused or linked (`#step-id`); branches are ordinary links,
 * so the browser's back button returns from one too.
 */
import { copyLine } from '../say/lines-client.ts';
import { scriptPath, type ScriptPath } from './script-path.ts';

const steps = () => [...document.querySelectorAll<HTMLElement>('[data-playbook="step"]')];

function current(): HTMLElement | undefined {
	return steps().find((step) => step.getAttribute('aria-current') === 'step');
}

/** Makes `step` the current step: highlighted, announced as current, on the path (unless going back), focused and in view. */
function select(step: HTMLElement, focus = true, onPath = true): void {
	for (const other of steps()) other.removeAttribute('aria-current');
	step.setAttribute('aria-current', 'step');
	if (onPath) pathOf(step)?.arrive(step);
	// The address names the current step (without a new history entry), so a reload mid-call lands on it.
	if (step.id && decodeURIComponent(location.hash.slice(1) || '') !== step.id) history.replaceState(history.state, '', `#${step.id}`);
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
	else if (key === 'b') goBack(activeScript());
	else if (key === 'r') newCall(activeScript());
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

const paths = new Map<HTMLElement, ScriptPath>();
/** New calls asked for and not yet confirmed, by script: the second press within this long confirms. */
const confirming = new Map<HTMLElement, number>();
const confirmMs = 6000;

function pathOf(step: HTMLElement): ScriptPath | undefined {
	const script = step.closest<HTMLElement>('[data-playbook="script"]');
	return script ? paths.get(script) : undefined;
}

/** The script of the current step, else the page's first script. */
function activeScript(): HTMLElement | undefined {
	return (
		current()?.closest<HTMLElement>('[data-playbook="script"]') ??
		document.querySelector<HTMLElement>('[data-playbook="script"]') ??
		undefined
	);
}

function goBack(script: HTMLElement | undefined): void {
	const previous = script ? paths.get(script)?.back() : undefined;
	if (previous) select(previous, true, false);
}

/** Asks first; on the second press (within a few seconds) forgets the path and the names typed in, and starts at step 1. */
function newCall(script: HTMLElement | undefined): void {
	if (!script) return;
	const status = script.querySelector<HTMLElement>('.rapport-script__progress');
	if (!confirming.has(script)) {
		confirming.set(
			script,
			window.setTimeout(() => {
				confirming.delete(script);
				paths.get(script)?.refresh();
			}, confirmMs),
		);
		if (status) status.textContent = 'Start a new call? Press R again, or New call, to clear the names and the path.';
		return;
	}
	window.clearTimeout(confirming.get(script));
	confirming.delete(script);
	for (const input of document.querySelectorAll<HTMLInputElement>('input[data-placeholder-input]')) {
		input.value = '';
		input.dispatchEvent(new Event('input'));
	}
	paths.get(script)?.clear();
	const first = script.querySelector<HTMLElement>('[data-playbook="step"]');
	if (first) select(first);
}

for (const script of document.querySelectorAll<HTMLElement>('[data-playbook="script"]')) {
	paths.set(
		script,
		scriptPath(
			script,
			() => goBack(script),
			() => newCall(script),
		),
	);
}
for (const help of document.querySelectorAll<HTMLElement>('.rapport-script__keys')) help.hidden = false;
for (const step of steps()) step.addEventListener('focusin', () => select(step, false));
document.addEventListener('keydown', onKey);
window.addEventListener('hashchange', followHash);
followHash();
