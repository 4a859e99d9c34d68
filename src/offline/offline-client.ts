/**
 * Offline desk mode in the browser: registers the service worker (with
 * Workbox's `workbox-window`), says in the page footer whether the playbook is
 * saved for offline use, and when a newer build is ready says so and switches
 * to it on U or the Reload button. It never reloads a page by itself: an agent
 * mid-call decides when.
 */
import { Workbox } from 'workbox-window';
import { isTyping } from '../client/typing.ts';
import { ui } from '../i18n/browser.ts';
import { withSlots } from '../i18n/slots.ts';
import { browserStrings } from './strings.ts';
// As text, added to the page by `startOffline`: Astro drops the CSS that injected page scripts import, and desk card pages have no Starlight styles.
import styles from './offline.css?inline';

/** What the build tells the page (see `offlineScript`). */
export interface OfflineSettings {
	/** True when every page is saved on the first visit (see `offlinePlan`). */
	wholeSite: boolean;
}

/** How often an open page asks for a newer build: a tab can stay open all day at the desk. */
const updateCheckMs = 30 * 60 * 1000;
/** How long to wait for the newer build to take over before reloading anyway. */
const takeOverMs = 3000;

/** The status line's states (its words are `rapport.offline.<state>`). */
type OfflineState = 'saving' | 'saved' | 'savedPart' | 'offline' | 'failed' | 'unsupported';

/** One of the offline strings in the page's language; English on a page without Rapport's strings (a desk card's print page). */
function text(name: keyof (typeof browserStrings)['en']): string {
	const found = ui(name);
	return found === name ? browserStrings.en[name] : found;
}

/** Starts offline desk mode on this page. */
export function startOffline(settings: OfflineSettings): void {
	addStyles();
	const show = statusLine();
	if (!('serviceWorker' in navigator)) {
		show('unsupported');
		return;
	}
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	const worker = new Workbox(`${base}sw.js`, { scope: base });
	let registration: ServiceWorkerRegistration | undefined;
	const notice = updateNotice(() => switchToNewer(worker, registration));
	// A page the worker answered for is saved already; otherwise the worker is about to save the playbook.
	let saved = Boolean(navigator.serviceWorker.controller);
	const showSaved = () => show(!navigator.onLine ? 'offline' : settings.wholeSite ? 'saved' : 'savedPart');
	if (saved) showSaved();
	else show('saving');

	worker.addEventListener('activated', () => {
		saved = true;
		showSaved();
	});
	// A worker that fails to install (a file it could not fetch, storage full) ends redundant; an older copy, if any, stays.
	worker.addEventListener('redundant', () => {
		if (!saved) show('failed');
	});
	worker.addEventListener('waiting', () => notice.show());
	addEventListener('offline', () => saved && showSaved());
	addEventListener('online', () => {
		if (saved) showSaved();
		void worker.update().catch(() => undefined);
	});
	worker
		.register()
		.then((registered) => {
			registration = registered;
			if (registered?.active) {
				saved = true;
				showSaved();
			}
			setInterval(() => void worker.update().catch(() => undefined), updateCheckMs);
		})
		.catch(() => show('failed'));

	addEventListener('keydown', (event) => {
		if (!notice.shown() || event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
		if (event.key.toLowerCase() !== 'u') return;
		event.preventDefault();
		switchToNewer(worker, registration);
	});
}

/** Adds the status line's and the notice's styles to the page. */
function addStyles(): void {
	const style = document.createElement('style');
	style.textContent = styles;
	document.head.append(style);
}

/** Shows a state in the footer's status line, where the page has one (desk card pages do not). */
function statusLine(): (state: OfflineState) => void {
	const status = document.querySelector<HTMLElement>('[data-rapport-offline-status]');
	return (state) => {
		if (!status) return;
		status.textContent = text(`rapport.offline.${state}`);
		status.dataset['state'] = state;
		status.hidden = false;
	};
}

/**
 * Lets the waiting worker take over, then reloads the page with the newer
 * build. Another tab may have switched already: then a reload is enough.
 */
function switchToNewer(worker: Workbox, registration: ServiceWorkerRegistration | undefined): void {
	if (!registration?.waiting) {
		location.reload();
		return;
	}
	worker.addEventListener('controlling', () => location.reload());
	setTimeout(() => location.reload(), takeOverMs);
	worker.messageSkipWaiting();
}

/** The "newer version" notice: a polite live region, in the page from the start so that screen readers hear it appear. */
function updateNotice(reload: () => void) {
	const region = document.createElement('div');
	region.className = 'rapport-update';
	region.setAttribute('role', 'status');
	document.body.append(region);
	return {
		shown: () => region.childElementCount > 0,
		show: () => {
			if (region.childElementCount > 0) return;
			const key = document.createElement('kbd');
			key.textContent = 'U';
			const button = document.createElement('button');
			button.type = 'button';
			button.className = 'rapport-update__reload';
			button.textContent = text('rapport.offline.reload');
			button.addEventListener('click', reload);
			const slots: Record<string, Node> = { key, button };
			// The sentence as the language words it, the key and the button where its `{{key}}` and `{{button}}` are.
			const line = document.createElement('p');
			line.append(...withSlots(text('rapport.offline.updateReady'), (name) => slots[name]));
			region.append(line);
		},
	};
}
