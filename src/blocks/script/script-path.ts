/**
 * Where the agent is in a call script: the steps taken so far (kept for the
 * browser tab, per script), "step 3 of 6", the path and the outcome reached
 * shown above the steps, back along the path, and a new call that clears the
 * path, once confirmed.
 */
import { ui } from '../../i18n/browser.ts';
import { callRecord } from './call-record.ts';

/** One script's path: the ids of the steps taken, in order. */
export interface ScriptPath {
	/** Records that the agent is at `step` (nothing when already there); the first step starts the call's clock. */
	arrive: (step: HTMLElement) => void;
	/** Leaves the current step for the one before it on the path; returns that step. */
	back: () => HTMLElement | undefined;
	/** The steps taken, in order. */
	taken: () => HTMLElement[];
	/** Forgets the call: path, start time and answers. */
	clear: () => void;
	/** Shows where the agent is again (after a question took the status line). */
	refresh: () => void;
}

/** What the buttons beside the status line do. */
export interface PathControls {
	onBack: () => void;
	onNewCall: () => void;
	onNotes: () => void;
}

/**
 * The path of `script`, shown in the status line above its steps (see
 * `call-controls.ts`); its Back, New call and Copy notes buttons do what
 * `controls` say.
 */
export function scriptPath(script: HTMLElement, controls: PathControls): ScriptPath {
	const steps = [...script.querySelectorAll<HTMLElement>('[data-playbook="step"]')];
	const record = callRecord(script);
	const status = script.querySelector<HTMLElement>('.rapport-script__progress');
	const back = wire(script, '.rapport-script__back', controls.onBack);
	wire(script, '.rapport-script__new-call', controls.onNewCall);
	wire(script, '.rapport-script__notes', controls.onNotes);

	const byId = (id: string) => steps.find((step) => step.id === id);
	const numberOf = (id: string) => steps.findIndex((step) => step.id === id) + 1;
	const taken = () => record.get().path.flatMap((id) => byId(id) ?? []);
	function render(): void {
		const path = taken();
		const at = path.at(-1);
		const outcome = at?.dataset['outcome'];
		if (!status) return;
		status.textContent = at
			? [
					ui('rapport.script.at', { number: numberOf(at.id), count: steps.length }),
					...(path.length > 1 ? [ui('rapport.script.path', { path: path.map((step) => numberOf(step.id)).join(' → ') })] : []),
					...(outcome ? [ui('rapport.script.ended', { outcome })] : []),
				].join(' · ')
			: ui('rapport.script.notStarted', { count: steps.length });
		if (back) back.disabled = path.length < 2;
	}
	render();
	return {
		arrive(step) {
			const call = record.get();
			if (call.path.at(-1) === step.id) return;
			record.set({ ...call, path: [...call.path, step.id], started: call.started ?? Date.now() });
			render();
		},
		back() {
			const call = record.get();
			if (call.path.length < 2) return undefined;
			const path = call.path.slice(0, -1);
			record.set({ ...call, path });
			render();
			return byId(path.at(-1) ?? '');
		},
		taken,
		clear() {
			record.clear();
			render();
		},
		refresh: render,
	};
}

/** Enables the page's button `selector` in `script` (rendered disabled until this script runs) to do `onClick`. */
function wire(script: HTMLElement, selector: string, onClick: () => void): HTMLButtonElement | undefined {
	const control = script.querySelector<HTMLButtonElement>(selector);
	if (!control) return undefined;
	control.disabled = false;
	control.addEventListener('click', onClick);
	return control;
}
