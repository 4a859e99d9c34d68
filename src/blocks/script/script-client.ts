/**
 * Call scripts in the browser: J / K move to the next or previous step, C copies
 * the current step's first line (placeholders filled), B goes back along the
 * path taken, R starts a new call (pressed twice), N copies the call notes,
 * Esc leaves a box for the steps. The current step is the one last moved to,
 * focused or linked (`#step-id`); branches are ordinary links, so the
 * browser's back button returns from one too.
 */
import { isTyping } from '../../client/typing.ts';
import { ui, uiLang } from '../../i18n/browser.ts';
import { announce, writeClipboard } from '../say/clipboard.ts';
import { copyLine } from '../say/lines-client.ts';
import { placeholderValue, readPlaceholders } from '../say/placeholder-store.ts';
import { callAnswers, type CallAnswers } from './call-answers.ts';
import { callNotesText, type CallNotes, type NoteDetail } from './call-notes.ts';
import { callRecord } from './call-record.ts';
import { channelLabel } from './channel-label.ts';
import { channelOf, channelSwitch, showLines } from './channel-switch.ts';
import { scriptPath, type ScriptPath } from './script-path.ts';

const steps = () => [...document.querySelectorAll<HTMLElement>('[data-playbook="step"]')];

function current(): HTMLElement | undefined {
	return steps().find((step) => step.getAttribute('aria-current') === 'step');
}

/** Makes `step` the current step: highlighted, announced as current, on the path (unless going back), focused and in view. */
function select(step: HTMLElement, focus = true, onPath = true): void {
	for (const other of steps()) other.removeAttribute('aria-current');
	step.setAttribute('aria-current', 'step');
	if (onPath) calls.get(scriptOf(step))?.path.arrive(step);
	// The address names the current step (without a new history entry), so a reload mid-call lands on it.
	if (step.id && decodeURIComponent(location.hash.slice(1) || '') !== step.id) history.replaceState(history.state, '', `#${step.id}`);
	if (step.dataset['outcome']) announce(ui('rapport.script.endsHere', { outcome: step.dataset['outcome'] }));
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

function onKey(event: KeyboardEvent): void {
	if (event.altKey || event.ctrlKey || event.metaKey) return;
	if (isTyping(event.target)) {
		leaveBox(event);
		return;
	}
	if (document.querySelector('dialog[open]')) return;
	const key = event.key.toLowerCase();
	if (key === 'j') move(1);
	else if (key === 'k') move(-1);
	else if (key === 'b') goBack(activeScript());
	else if (key === 'r') newCall(activeScript());
	else if (key === 'n') void copyNotes(activeScript());
	else if (key === 'c') {
		const line = (current() ?? steps()[0])?.querySelector('.rapport-line:not([hidden])');
		if (line) void copyLine(line);
	} else return;
	event.preventDefault();
}

/** Esc (or Enter in an answer box) in a script's box returns to its step, where J, K and N work again. */
function leaveBox(event: KeyboardEvent): void {
	const box = event.target as HTMLElement;
	const leave = event.key === 'Escape' || (event.key === 'Enter' && box.classList.contains('rapport-answer'));
	const step = box.closest<HTMLElement>('[data-playbook="step"]') ?? (box.closest('[data-playbook="script"]') ? current() : undefined);
	if (!leave || !step) return;
	event.preventDefault();
	select(step);
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

/** What the page keeps for each script: its path and its answer boxes. */
const calls = new Map<HTMLElement | undefined, { path: ScriptPath; answers: CallAnswers }>();
/** New calls asked for and not yet confirmed, by script: the second press within this long confirms. */
const confirming = new Map<HTMLElement, number>();
const confirmMs = 6000;

function scriptOf(element: HTMLElement): HTMLElement | undefined {
	return element.closest<HTMLElement>('[data-playbook="script"]') ?? undefined;
}

/** The script of the current step, else the page's first script. */
function activeScript(): HTMLElement | undefined {
	const at = current();
	return (at && scriptOf(at)) ?? document.querySelector<HTMLElement>('[data-playbook="script"]') ?? undefined;
}

function goBack(script: HTMLElement | undefined): void {
	const previous = calls.get(script)?.path.back();
	if (previous) select(previous, true, false);
}

/** Asks first; on the second press (within a few seconds) forgets the path, the answers and the names typed in, and starts at step 1. */
function newCall(script: HTMLElement | undefined): void {
	if (!script) return;
	const status = script.querySelector<HTMLElement>('.rapport-script__progress');
	if (!confirming.has(script)) {
		confirming.set(
			script,
			window.setTimeout(() => {
				confirming.delete(script);
				calls.get(script)?.path.refresh();
			}, confirmMs),
		);
		if (status) status.textContent = ui('rapport.script.confirmNewCall');
		return;
	}
	window.clearTimeout(confirming.get(script));
	confirming.delete(script);
	for (const input of document.querySelectorAll<HTMLInputElement>('input[data-placeholder-input]')) {
		input.value = '';
		input.dispatchEvent(new Event('input'));
	}
	calls.get(script)?.answers.clear();
	calls.get(script)?.path.clear();
	const first = script.querySelector<HTMLElement>('[data-playbook="step"]');
	if (first) select(first);
}

/** The details typed in for `script`: its placeholder form and fields, in page order, each once; sensitive ones named only. */
function detailsOf(script: HTMLElement): NoteDetail[] {
	const values = readPlaceholders();
	const details = new Map<string, NoteDetail>();
	for (const input of script.querySelectorAll<HTMLInputElement>('input[data-placeholder-input]')) {
		const name = input.dataset['placeholderInput'] ?? '';
		const sensitive = input.hasAttribute('data-sensitive');
		const value = sensitive ? input.value.trim() : (placeholderValue(values, name) ?? '');
		if (!value || details.has(name)) continue;
		const label = input.closest('label')?.querySelector(':scope > span:first-child')?.firstChild?.textContent?.trim() || name;
		details.set(name, { label, value: sensitive ? '' : value, sensitive });
	}
	return [...details.values()];
}

/** Copies `script`'s call notes to the clipboard and says so. */
async function copyNotes(script: HTMLElement | undefined): Promise<void> {
	const call = calls.get(script);
	if (!script || !call) return;
	const record = callRecord(script).get();
	const all = [...script.querySelectorAll<HTMLElement>('[data-playbook="step"]')];
	const channel = channelOf(script);
	const notes: CallNotes = {
		script: script.getAttribute('aria-label') ?? document.title,
		address: location.href.replace(/#.*$/, ''),
		started: record.started ? new Date(record.started) : undefined,
		copied: new Date(),
		timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
		channel: channel ? channelLabel(channel, ui) : undefined,
		details: detailsOf(script),
		steps: call.path.taken().map((step) => ({
			number: all.indexOf(step) + 1,
			label: step.querySelector('.rapport-step__title > span:last-child')?.textContent?.trim() ?? step.id,
			asked: call.answers.askedAt(step),
			outcome: step.dataset['outcome'],
		})),
		stepCount: all.length,
	};
	const copied = await writeClipboard(callNotesText(notes, ui, uiLang()));
	const button = script.querySelector<HTMLButtonElement>('.rapport-script__notes');
	announce(ui(copied ? 'rapport.script.notesCopiedSay' : 'rapport.script.notesFailedSay'));
	if (!button) return;
	button.firstChild!.textContent = `${ui(copied ? 'rapport.script.notesCopied' : 'rapport.script.notesCopyFailed')} `;
	window.setTimeout(() => (button.firstChild!.textContent = `${ui('rapport.script.copyNotes')} `), 2000);
}

for (const script of document.querySelectorAll<HTMLElement>('[data-playbook="script"]')) {
	const path = scriptPath(script, {
		onBack: () => goBack(script),
		onNewCall: () => newCall(script),
		onNotes: () => void copyNotes(script),
	});
	calls.set(script, { path, answers: callAnswers(script) });
	channelSwitch(script);
}
showLines();
for (const help of document.querySelectorAll<HTMLElement>('.rapport-script__keys')) help.hidden = false;
// A step becomes current when focus moves into it, or, for a pointer, on the click: selecting it on the
// press would change the status line while the button is held, so the release could land elsewhere.
let pressing = false;
document.addEventListener('pointerdown', () => (pressing = true), true);
document.addEventListener('pointerup', () => (pressing = false), true);
for (const step of steps()) {
	step.addEventListener('focusin', () => pressing || select(step, false));
	step.addEventListener('click', () => select(step, false));
}
document.addEventListener('keydown', onKey);
window.addEventListener('hashchange', followHash);
followHash();
