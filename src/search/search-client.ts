/**
 * The search dialog in the browser. Pagefind loads when the page is idle, so
 * the first search is as quick as the rest; every keystroke searches at once
 * (no debounce). Typos are corrected against the words of the playbook's
 * pages in the page's language, a query whose words never meet on one page
 * falls back to pages with any of them, and searches that still find nothing
 * are remembered for the owners. Pagefind searches the index of the page's
 * language (`<html lang>`), and every word shown comes from `ui()`.
 */
import { writeClipboard, announce } from '../blocks/say/clipboard.ts';
import { fillText } from '../blocks/say/placeholder-store.ts';
import { ownString, storedValue, stringRecord } from '../client/browser-state.ts';
import { ui, uiLang } from '../i18n/browser.ts';
import { recordGap, sendGap } from './gaps.ts';
import { correctQuery, isCommon } from './spelling.ts';
import { searchWords } from './query.ts';
import { ranked, toShown, type PagefindResultData, type Shown } from './results.ts';
import { metaWeights } from './weights.ts';

interface PagefindResult {
	id: string;
	score: number;
	data: () => Promise<PagefindResultData>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	search: (query: string, options?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	preload: (term: string) => Promise<void>;
}

const maxResults = 9;
/** Results whose text took longer than this to fetch mean a slow network (see typingPauseMs). */
const slowFetchMs = 150;
/** Pagefind's script taking longer than this to arrive means a slow network, before any result has been fetched. */
const slowLoadMs = 1000;
/** On a slow network, the results' text is fetched once the agent has paused typing this long. */
const typingPauseMs = 120;
/** Up to this many pages, the whole search index is fetched while the agent reads (see preloadSmallIndex). */
const smallIndexPages = 100;
const filterKey = 'rapport:search-filters';
const gapDelayMs = 1500;

/** Wires the search dialog of the page. */
export function initSearch(): void {
	const root = document.querySelector<HTMLElement>('.rapport-search');
	const dialog = document.querySelector<HTMLDialogElement>('#rapport-search');
	const input = document.querySelector<HTMLInputElement>('#rapport-search-input');
	const list = document.querySelector<HTMLElement>('#rapport-search-results');
	const status = document.querySelector<HTMLElement>('#rapport-search-status');
	if (!root || !dialog || !input || !list || !status) return;
	const base = root.dataset['base'] ?? '/';
	const wordsUrl = root.dataset['words'] ?? `${base}search-words.json`;
	const gapsEndpoint = root.dataset['gapsEndpoint'];
	const lang = uiLang();
	if (root.dataset['dev'] !== undefined) {
		status.textContent = ui('rapport.search.devOnly');
		return;
	}

	let pagefind: Promise<Pagefind> | undefined;
	let vocabulary: Promise<string[]> | undefined;
	let shown: Shown[] = [];
	let active = -1;
	let sequence = 0;
	let slowFetches = false;
	let gapTimer: number | undefined;
	let lastEmpty = '';
	let settledGap = '';

	const loadPagefind = () =>
		(pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (module: Pagefind) => {
			// How long Pagefind's script took to arrive (preloaded or not) tells a slow network, before any result.
			slowFetches = lastFetchMs('/pagefind/pagefind.js') > slowLoadMs;
			await module.options({
				// Searching in the page, not a worker: the worker is one more 42 KB script to fetch before the first
				// search, and even the 883-page handbook searches in a few milliseconds on the page's own thread.
				noWorker: true,
				excerptLength: 18,
				ranking: { termFrequency: 0.8, pageLength: 0.6, metaWeights },
				// One entry file per build, kept by the browser (Pagefind's default fetches it anew on every page).
				...(root.dataset['build'] ? { metaCacheTag: root.dataset['build'] } : {}),
			});
			await module.init();
			return module;
		}));
	// Typo correction waits for nobody: until the playbook's words have arrived (a slow network), words are searched as typed.
	// They are the words of this language's pages only: a French typo is never "corrected" to an English word.
	let words: string[] = [];
	const loadVocabulary = () =>
		(vocabulary ??= fetch(wordsUrl)
			.then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
			.catch(() => [])
			.then((loaded) => {
				words = loaded;
				if (loaded.length > 0 && input.value.trim()) void run();
				return loaded;
			}));
	// The situations filter is filled once the first results are out: its index never delays them.
	let situationsFilled = false;

	const filters = restoreFilters();

	/**
	 * A playbook of up to {@link smallIndexPages} pages has an index of a few
	 * chunks (about 30 KB each): all of them are fetched while the agent reads,
	 * and the first search then waits only for the results' own text. A bigger
	 * playbook's chunks are fetched as words need them. Only the index of the
	 * page's language counts: Pagefind searches no other.
	 */
	async function preloadSmallIndex(module: Pagefind): Promise<void> {
		type Entry = { languages?: Record<string, { page_count?: number }> };
		const entry: Entry = await fetch(`${base}pagefind/pagefind-entry.json?ts=${root!.dataset['build'] ?? ''}`)
			.then((response) => (response.ok ? (response.json() as Promise<Entry>) : {}))
			.catch(() => ({}));
		const pages = pagesOfLanguage(entry.languages ?? {}, document.documentElement.lang || lang);
		if (pages === 0 || pages > smallIndexPages) return;
		// Every chunk holds the words of a stretch of the alphabet: a word starting with each letter reaches them all.
		await Promise.all([...'abcdefghijklmnopqrstuvwxyz'].map((letter) => module.preload(letter).catch(() => undefined)));
	}

	function fillSituationsOnce(): void {
		if (situationsFilled) return;
		situationsFilled = true;
		void loadPagefind().then(fillSituations);
	}

	async function fillSituations(module: Pagefind): Promise<void> {
		const select = root?.querySelector<HTMLSelectElement>('select[data-filter="situation"]');
		const situations = Object.keys((await module.filters())['situation'] ?? {}).sort();
		if (!select) return;
		for (const situation of situations) select.add(new Option(situation, situation));
		select.value = filters.situation ?? '';
	}

	/**
	 * Pages for `query`: a misspelled word is also searched as the playbook's
	 * nearest word (those results first), and when the words never meet on
	 * enough pages, pages with any of them follow.
	 */
	async function find(query: string): Promise<{ results: PagefindResult[]; corrected: string | undefined }> {
		const module = await loadPagefind();
		const options = { filters: activeFilters(filters) };
		const search = async (terms: string) => (await module.search(terms, options))?.results ?? [];
		const asked = searchWords(query, lang).join(' ');
		const fixed = correctQuery(asked, words, lang);
		const corrected = fixed.toLowerCase() !== asked.toLowerCase() ? fixed : undefined;
		let results = corrected ? first(await search(corrected), await search(asked)) : await search(asked);
		// When the words rarely meet on a page, the playbook's commonest words ("call", "customer") are let go first,
		// then pages with some of the words follow (those holding the most come first).
		const terms = (corrected ?? asked).split(/\s+/).filter(Boolean);
		const rare = terms.filter((term) => !isCommon(term, words));
		if (results.length < 3 && rare.length > 0 && rare.length < terms.length) results = first(results, await search(rare.join(' ')));
		if (results.length < 3 && terms.length > 1) results = first(results, mergeByScore(...(await Promise.all(terms.map(search)))));
		return { results, corrected: corrected && results.length > 0 ? correctQuery(query, words, lang) : undefined };
	}

	async function run(): Promise<void> {
		const query = input!.value.trim();
		const mine = ++sequence;
		window.clearTimeout(gapTimer);
		if (!query) {
			show([], query, undefined);
			return;
		}
		const { results, corrected } = await find(query);
		if (mine !== sequence) return;
		// On a slow network each result's text is a slow fetch: it waits until the agent pauses, not for every key on the way.
		if (slowFetches) await new Promise((resolve) => window.setTimeout(resolve, typingPauseMs));
		if (mine !== sequence) return;
		const typed = (corrected ?? query).split(/\s+/).filter(Boolean);
		const terms = searchWords(corrected ?? query, lang);
		const shownOf = async (from: number) => {
			const data = await Promise.all(results.slice(from, from + maxResults).map((result) => result.data()));
			// The network's time for the last result's text (not the page's time to unpack it) tells whether it is slow.
			slowFetches = lastFetchMs('/pagefind/fragment/') > slowFetchMs;
			return data.map((item) => toShown(item, terms, typed, lang));
		};
		let found = await shownOf(0);
		// When the pages shown only have words that start like the query's, the next ones may hold them: one more round.
		if (found.every((result) => result.held === 0) && results.length > maxResults) found = [...found, ...(await shownOf(maxResults))];
		if (mine !== sequence) return;
		found = ranked(found).slice(0, maxResults);
		show(found, query, corrected, terms.length);
		fillSituationsOnce();
		// Near matches only ("or" for "orchid") are no answer either: the owners hear of it as of a search that found nothing.
		if (found.every((result) => result.held === 0)) gapTimer = window.setTimeout(() => rememberGap(query), gapDelayMs);
	}

	function rememberGap(query: string): void {
		if (query === lastEmpty || input!.value.trim() !== query) return;
		lastEmpty = query;
		recordGap(query);
		// Sent once the search is settled (the dialog closes or the page goes), never each word on the way.
		settledGap = query;
	}

	function sendSettledGap(): void {
		if (gapsEndpoint && settledGap) sendGap(gapsEndpoint, settledGap, location.pathname);
		settledGap = '';
	}

	function show(results: Shown[], query: string, corrected: string | undefined, wanted = 0): void {
		shown = results;
		active = results.length > 0 ? 0 : -1;
		list!.replaceChildren(...results.map(renderResult));
		list!.dataset['query'] = query;
		input!.setAttribute('aria-expanded', String(results.length > 0));
		highlight();
		const count = results.length === 0 ? ui('rapport.search.none') : ui('rapport.search.count', { count: results.length });
		const most = Math.max(0, ...results.map((result) => result.held));
		const near = results.length > 0 && most === 0;
		const searched = corrected ?? query;
		const found = corrected
			? ui('rapport.search.foundCorrected', { results: count, query: searched, typed: query })
			: ui('rapport.search.found', { results: count, query: searched });
		const hint = results.length === 0 ? ui('rapport.search.tryOther') : most < wanted ? ui('rapport.search.someWords') : '';
		status!.textContent = !query
			? ''
			: near
				? ui('rapport.search.near', { query: searched, results: count })
				: [found, hint].filter(Boolean).join(' ');
		status!.dataset['near'] = String(near);
	}

	function renderResult(result: Shown, index: number): HTMLElement {
		// Each option is a real link (an `<a role="option">`): Ctrl/Cmd+click, middle-click, "copy link" and
		// "open in new tab" work on it, while focus stays in the input as the combobox pattern has it.
		const wrapper = element('li', '');
		wrapper.setAttribute('role', 'presentation');
		const item = element('a', 'rapport-result') as HTMLAnchorElement;
		item.href = result.url;
		item.tabIndex = -1;
		item.id = `rapport-result-${index}`;
		item.setAttribute('role', 'option');
		item.setAttribute('aria-selected', 'false');
		item.dataset['url'] = result.pageUrl;
		const number = element('span', 'rapport-result__n', String(index + 1));
		number.setAttribute('aria-hidden', 'true');
		const excerpt = element('span', 'rapport-result__excerpt');
		excerpt.innerHTML = result.excerpt;
		const title = element('span', 'rapport-result__title', result.title);
		item.append(number, title);
		if (result.section) {
			// Heard as "Words to avoid, section of Sixteen habits…".
			title.setAttribute('aria-hidden', 'true');
			const section = element('span', 'rapport-result__section');
			section.append(
				element('span', '', result.section),
				element('span', 'sr-only', ui('rapport.search.sectionOf', { title: result.title })),
			);
			item.append(section);
			// The title opens the page at its top.
			title.addEventListener('click', (event) => {
				if (event.ctrlKey || event.metaKey || event.shiftKey) return;
				event.preventDefault();
				event.stopPropagation();
				open(index, { top: true });
			});
		}
		if (result.situation) item.append(element('span', 'rapport-result__situation', result.situation));
		item.append(excerpt);
		if (result.say) {
			const say = element('span', 'rapport-result__say');
			const copy = element('span', 'rapport-result__copy', ui('rapport.search.copy'));
			copy.addEventListener('click', (event) => {
				// Inside the result's link: copy, and neither open the page nor select the result.
				event.preventDefault();
				event.stopPropagation();
				void copySay(index);
			});
			say.append(element('span', '', ui('rapport.search.say', { line: fillText(result.say) })), copy);
			item.append(say);
		}
		item.addEventListener('click', (event) => {
			// With a modifier the browser opens the link itself (new tab or window).
			if (event.ctrlKey || event.metaKey || event.shiftKey) return;
			event.preventDefault();
			open(index);
		});
		item.addEventListener('mousemove', () => {
			if (active !== index) {
				active = index;
				highlight();
			}
		});
		wrapper.append(item);
		return wrapper;
	}

	function highlight(): void {
		const options = [...list!.querySelectorAll('[role="option"]')];
		for (const [index, item] of options.entries()) item.setAttribute('aria-selected', String(index === active));
		if (active >= 0) {
			input!.setAttribute('aria-activedescendant', `rapport-result-${active}`);
			options[active]?.scrollIntoView({ block: 'nearest' });
		} else {
			input!.removeAttribute('aria-activedescendant');
		}
	}

	/** Opens result `index` at its section, or at the top of its page. */
	function open(index: number, { top = false } = {}): void {
		const result = shown[index];
		if (!result) return;
		dialog!.close();
		location.href = top ? result.pageUrl : result.url;
	}

	/** Opens result `index` in a new tab, leaving this page (a script, mid-call) as it is. */
	function openInNewTab(index: number): void {
		const result = shown[index];
		if (result) window.open(result.url, '_blank', 'noopener');
	}

	async function copySay(index: number): Promise<void> {
		const say = shown[index]?.say;
		if (!say) return;
		const words = fillText(say);
		const copied = await writeClipboard(words);
		const message = copied ? ui('rapport.search.copied', { line: words }) : ui('rapport.search.copyFailed');
		announce(message);
		status!.textContent = message;
	}

	function onKey(event: KeyboardEvent): void {
		if (event.key === 'Escape') {
			// A search field would spend the first Esc clearing itself: Esc closes, whatever was typed.
			event.preventDefault();
			dialog!.close();
		} else if (event.altKey && /^Digit[1-9]$/.test(event.code)) {
			event.preventDefault();
			open(Number(event.code.slice(5)) - 1);
		} else if (event.altKey && event.code === 'KeyC') {
			event.preventDefault();
			void copySay(Math.max(active, 0));
		} else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			if (shown.length === 0) return;
			event.preventDefault();
			const step = event.key === 'ArrowDown' ? 1 : -1;
			active = (active + step + shown.length) % shown.length;
			highlight();
		} else if (event.key === 'Enter' && event.target === input) {
			event.preventDefault();
			if (event.ctrlKey || event.metaKey) openInNewTab(Math.max(active, 0));
			else open(Math.max(active, 0), { top: event.shiftKey });
		}
	}

	function wireFilters(): void {
		for (const chip of root!.querySelectorAll<HTMLButtonElement>('[data-filter-channel]')) {
			const channel = chip.dataset['filterChannel'] ?? '';
			chip.setAttribute('aria-pressed', String(filters.channel === channel));
			chip.addEventListener('click', () => {
				filters.channel = filters.channel === channel ? undefined : channel;
				for (const other of root!.querySelectorAll('[data-filter-channel]')) {
					other.setAttribute('aria-pressed', String(other === chip && filters.channel === channel));
				}
				changed();
			});
		}
		for (const select of root!.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
			const name = select.dataset['filter'] as 'audience' | 'situation';
			select.value = filters[name] ?? '';
			if (name === 'situation') select.addEventListener('focus', fillSituationsOnce);
			select.addEventListener('change', () => {
				filters[name] = select.value || undefined;
				changed();
			});
		}
	}

	function changed(): void {
		storedFilters.set(stringRecord(filters) ?? {});
		void run();
	}

	input.addEventListener('input', () => void run());
	dialog.addEventListener('keydown', onKey);
	dialog.addEventListener('close', () => {
		const query = input.value.trim();
		if (query && shown.every((result) => result.held === 0) && list.dataset['query'] === query) rememberGap(query);
		if (settledGap !== input.value.trim()) settledGap = '';
		sendSettledGap();
	});
	window.addEventListener('pagehide', sendSettledGap);
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});
	wireFilters();
	// Timings tell a slow network (lastFetchMs): a full buffer would keep only the first ones.
	performance.addEventListener('resourcetimingbufferfull', () => performance.clearResourceTimings());
	// The index loads while the agent is still reading, so the first search is not the slow one.
	const whenIdle = (callback: () => void): void =>
		void (typeof requestIdleCallback === 'function' ? requestIdleCallback(callback) : setTimeout(callback, 200));
	// The playbook's words (for typo correction) come after the index: on a slow network they never hold up the first results.
	whenIdle(
		() =>
			void loadPagefind().then(async (module) => {
				await preloadSmallIndex(module);
				await loadVocabulary();
			}),
	);
	// Anything typed before this script ran is searched now.
	if (input.value.trim()) void run();
}

const storedFilters = storedValue('session', filterKey, stringRecord, () => ({}));

/** The filters chosen earlier in this tab: channel, audience and situation, as strings (anything else is dropped). */
function restoreFilters(): { channel?: string | undefined; audience?: string | undefined; situation?: string | undefined } {
	const saved = storedFilters.get();
	return { channel: ownString(saved, 'channel'), audience: ownString(saved, 'audience'), situation: ownString(saved, 'situation') };
}

function activeFilters(filters: Record<string, string | undefined>): Record<string, string[]> {
	return Object.fromEntries(Object.entries(filters).flatMap(([name, value]) => (value ? [[name, [value]]] : [])));
}

/**
 * How many pages the index of language `lang` has, as Pagefind picks it: the
 * language itself, else its base language (`fr` for `fr-CA`), else the biggest.
 */
function pagesOfLanguage(languages: Record<string, { page_count?: number }>, lang: string): number {
	const index =
		languages[lang] ??
		languages[lang.split('-')[0] ?? lang] ??
		Object.values(languages).sort((a, b) => (b.page_count ?? 0) - (a.page_count ?? 0))[0];
	return index?.page_count ?? 0;
}

/** How long the browser took to fetch the last resource whose address holds `part` (0 when none). */
function lastFetchMs(part: string): number {
	const entries = performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part));
	return entries.at(-1)?.duration ?? 0;
}

/** `preferred` results, then those of `rest` not already among them. */
function first(preferred: PagefindResult[], rest: PagefindResult[]): PagefindResult[] {
	const seen = new Set(preferred.map((result) => result.id));
	return [...preferred, ...rest.filter((result) => !seen.has(result.id))];
}

/** Results of several searches merged: each page once, ranked by the sum of its scores. */
function mergeByScore(...searches: PagefindResult[][]): PagefindResult[] {
	const merged = new Map<string, PagefindResult & { total: number }>();
	for (const results of searches) {
		for (const result of results) {
			const known = merged.get(result.id);
			if (known) known.total += result.score;
			else merged.set(result.id, { ...result, total: result.score });
		}
	}
	return [...merged.values()].sort((a, b) => b.total - a.total);
}

function element(tag: string, className: string, text?: string): HTMLElement {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}
