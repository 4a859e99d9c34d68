/**
 * Where the agent is in a call script: the steps taken so far (kept for the
 * browser tab, per script), "step 3 of 6" and the path shown above the steps,
 * back along the path, and a new call that clears the path and the names
 * typed in, once confirmed.
 */
import { storedValue } from '../../client/browser-state.ts';

/** One script's path: the ids of the steps taken, in order. */
export interface ScriptPath {
	/** Records that the agent is at `step` (nothing when already there). */
	arrive: (step: HTMLElement) => void;
	/** Leaves the current step for the one before it on the path; returns that step. */
	back: () => HTMLElement | undefined;
	/** Forgets the path. */
	clear: () => void;
	/** Shows where the agent is again (after a question took the status line). */
	refresh: () => void;
}

const stepIds = (raw: unknown): string[] | undefined =>
	Array.isArray(raw) && raw.every((id) => typeof id === 'string') ? (raw as string[]).slice(-200) : undefined;

/**
 * The path of `script`, shown in a status line above its steps with Back and
 * New call buttons (`onBack`, `onNewCall` do the moving and clearing).
 */
export function scriptPath(script: HTMLElement, onBack: () => void, onNewCall: () => void): ScriptPath {
	const steps = [...script.querySelectorAll<HTMLElement>('[data-playbook="step"]')];
	const stored = storedValue('session', `rapport:script-path:${location.pathname}#${script.id}`, stepIds, () => []);
	const bar = document.createElement('div');
	bar.className = 'rapport-script__where';
	const status = document.createElement('p');
	status.className = 'rapport-script__progress';
	status.setAttribute('role', 'status');
	const back = button('Back', 'B', onBack);
	const newCall = button('New call', 'R', onNewCall);
	bar.append(status, back, newCall);
	script.querySelector('.rapport-script__steps')?.before(bar);

	const byId = (id: string) => steps.find((step) => step.id === id);
	const numberOf = (id: string) => steps.findIndex((step) => step.id === id) + 1;
	function render(): void {
		const path = stored.get().filter((id) => byId(id));
		const at = path.at(-1);
		status.textContent = at
			? `Step ${numberOf(at)} of ${steps.length}${path.length > 1 ? ` · path ${path.map(numberOf).join(' → ')}` : ''}`
			: `${steps.length} steps · not started`;
		back.disabled = path.length < 2;
	}
	render();
	return {
		arrive(step) {
			const path = stored.get();
			if (path.at(-1) !== step.id) stored.set([...path, step.id]);
			render();
		},
		back() {
			const path = stored.get();
			if (path.length < 2) return undefined;
			const previous = path.slice(0, -1);
			stored.set(previous);
			render();
			return byId(previous.at(-1) ?? '');
		},
		clear() {
			stored.set([]);
			render();
		},
		refresh: render,
	};
}

function button(label: string, key: string, onClick: () => void): HTMLButtonElement {
	const control = document.createElement('button');
	control.type = 'button';
	control.className = 'rapport-control';
	control.setAttribute('aria-keyshortcuts', key);
	control.append(`${label} `);
	const kbd = document.createElement('kbd');
	kbd.textContent = key;
	kbd.setAttribute('aria-hidden', 'true');
	control.append(kbd);
	control.addEventListener('click', onClick);
	return control;
}
