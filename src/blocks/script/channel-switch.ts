/**
 * The channel the agent is working on (phone, chat, email, in person), picked
 * above a call script and remembered in this browser: lines written for other
 * channels (`:say[…]{chat email}`) are hidden, and the call notes name it.
 */
import { storedValue } from '../../client/browser-state.ts';
import { channelNames } from '../../content/channels.ts';

const isChannel = (value: unknown): value is string => typeof value === 'string' && (channelNames as readonly string[]).includes(value);
const chosen = storedValue(
	'local',
	'rapport:channel',
	(raw) => (isChannel(raw) ? raw : undefined),
	() => '',
);
const switches: (() => void)[] = [];

/**
 * The channel `script` is used on: the one picked when its page offers it,
 * else the page's first; undefined when the script offers no choice and its
 * page names no channel.
 */
export function channelOf(script: HTMLElement): string | undefined {
	const offered = offeredBy(script);
	if (offered.length === 0) return undefined;
	const picked = chosen.get();
	return offered.includes(picked) ? picked : offered[0];
}

/** Wires `script`'s channel switch (see `call-controls.ts`), if it has one, to the channel remembered. */
export function channelSwitch(script: HTMLElement): void {
	const radios = [...script.querySelectorAll<HTMLInputElement>('.rapport-script__channel input[type="radio"]')];
	for (const radio of radios) {
		radio.disabled = false;
		radio.addEventListener('change', () => {
			chosen.set(radio.value);
			showLines();
		});
	}
	switches.push(() => {
		const current = channelOf(script);
		for (const radio of radios) radio.checked = radio.value === current;
	});
}

/** Shows the lines for the channel picked and hides the others (lines outside any switchable script all stay). */
export function showLines(): void {
	for (const line of document.querySelectorAll<HTMLElement>('.rapport-line[data-channels]')) {
		const script = line.closest<HTMLElement>('[data-playbook="script"]');
		const channel = script?.querySelector('.rapport-script__channel') ? channelOf(script) : undefined;
		line.hidden = channel !== undefined && !(line.dataset['channels'] ?? '').split(' ').includes(channel);
		// The line's answer box (see call-controls.ts) goes with it.
		const box = line.nextElementSibling;
		if (box instanceof HTMLElement && box.classList.contains('rapport-answer')) box.hidden = line.hidden;
	}
	for (const check of switches) check();
}

/** The channels of the script's switch, else the one its page is for, else none. */
function offeredBy(script: HTMLElement): string[] {
	const radios = [...script.querySelectorAll<HTMLInputElement>('.rapport-script__channel input[type="radio"]')];
	if (radios.length) return radios.map((radio) => radio.value);
	return (script.dataset['channels'] ?? '').split(' ').filter(isChannel);
}

chosen.onExternalChange(() => showLines());
