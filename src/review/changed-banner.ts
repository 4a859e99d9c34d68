/**
 * "Changed since you last looked": each visit to a page is remembered (page →
 * the day of the visit, in local storage, never sent anywhere); a page whose
 * `changed` note is dated after the agent's last visit shows a banner, once.
 * A first visit shows nothing: the agent has not looked before, so nothing changed for them.
 */
import { storedValue, stringRecord } from '../client/browser-state.ts';

const visits = storedValue('local', 'rapport:last-visits', stringRecord, () => stringRecord({}) ?? {});

/** Remembers this visit, and shows the page's banner when its change came after the last one. */
export function changedBanner(today = new Date().toISOString().slice(0, 10)): void {
	const page = location.pathname;
	const record = visits.get();
	const last = Object.hasOwn(record, page) ? record[page] : undefined;
	const banner = document.querySelector<HTMLElement>('.rapport-changed[data-changed]');
	const changed = banner?.dataset['changed'];
	if (banner && changed && last !== undefined && last < changed) banner.hidden = false;
	banner?.querySelector('[data-changed-dismiss]')?.addEventListener('click', () => {
		banner.hidden = true;
	});
	visits.set({ ...record, [page]: today > (changed ?? '') ? today : (changed ?? today) });
}
