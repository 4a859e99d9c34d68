/**
 * What the service worker saves on the first visit (precaches) and what it
 * saves only when opened. Search is always saved whole: its index, its typo
 * words and every page's result text (Pagefind's fragments, a few KB a page),
 * so it finds and shows every page offline. Pages are saved whole up to
 * {@link wholeSiteMaxPages}; a bigger playbook saves its call scripts, desk
 * cards and entry pages at once and other pages when they are opened.
 */

/**
 * Up to this many playbook pages, every page is saved on the first visit. A
 * page is 35–40 KB of HTML (8–10 KB gzipped; `npm run bench:offline`), so
 * at most about 8 MB stored and 2 MB downloaded.
 */
export const wholeSiteMaxPages = 200;

/** How much of the site is saved on the first visit. */
export interface OfflinePlan {
	/** True when every page is saved on the first visit; false when pages other than scripts and cards are saved as they are opened. */
	wholeSite: boolean;
	/** The site folders of the playbook's other languages (`fr`): their entry pages (`fr/situations/`…) are saved too. */
	localeDirs?: string[];
}

/** The plan for a playbook of `pageCount` pages (in every language), whose other languages are at `localeDirs` (`['fr']`). */
export function offlinePlan(pageCount: number, localeDirs: readonly string[] = []): OfflinePlan {
	return { wholeSite: pageCount <= wholeSiteMaxPages, ...(localeDirs.length > 0 ? { localeDirs: [...localeDirs] } : {}) };
}

/** The route of the page a browser shows offline in place of a page it has not saved. */
export const offlineFallbackRoute = '_offline';

/**
 * Files of the built site the precache may hold (globs over the output folder):
 * the site's scripts, styles and images, its icons, search, and pages.
 */
export const precacheGlobs = [
	'_astro/**/*',
	'*.{svg,ico,png,webp}',
	// Each language's typo words: `search-words.json`, `fr/search-words.json`.
	'search-words.json',
	'*/search-words.json',
	'pagefind/pagefind.js',
	'pagefind/pagefind-entry.json',
	'pagefind/wasm.*.pagefind',
	'pagefind/*.pf_meta',
	'pagefind/{index,fragment,filter}/*',
	'**/*.html',
];

/**
 * Never precached: the training booklets (`/print/…`, `/fr/print/…`: every
 * page again in one page, saved when opened), card PDFs, the 404 page, source maps.
 */
export const precacheIgnores = ['print/**', '*/print/**', 'card-pdfs/**', '*/card-pdfs/**', '404.html', '**/*.map', '**/node_modules/**'];

/**
 * Built files whose names change with their content: fetched as they are, never
 * with a revision added (Astro's assets, Pagefind's index, fragments, filters and metadata).
 */
export const contentHashed = /^_astro\/|^pagefind\/(?:index|fragment|filter)\/|\.pf_meta$/;

/** Pages saved on the first visit whatever the playbook's size: home, situations, search gaps, the offline page and the desk cards (paths without their language's folder). */
const entryPages = new RegExp(`^(?:index\\.html|(?:situations|search-gaps|${offlineFallbackRoute}|cards|cards/[^/]+)/index\\.html)$`);

/** A call script's mark in a built page (every block's root carries `data-playbook="<name>"`). */
const scriptMark = 'data-playbook="script"';

/**
 * Whether the built page at `path` (relative to the output folder, e.g.
 * `listening/zero-in/index.html` or `fr/cards/index.html`) is saved on the first visit. `html` reads
 * it, only when the answer depends on what it holds (a call script).
 */
export function precachesPage(path: string, plan: OfflinePlan, html: () => string): boolean {
	const dir = plan.localeDirs?.find((folder) => path.startsWith(`${folder}/`));
	return plan.wholeSite || entryPages.test(dir ? path.slice(dir.length + 1) : path) || html().includes(scriptMark);
}

/**
 * Whether a built asset is saved on the first visit: Astro's scripts, styles
 * and fonts always; its images (and any other file) only when a saved page or
 * style uses them (`used`), so a big playbook does not fetch the images of
 * pages it saves only when opened. Files outside `_astro/` are kept.
 */
export function precachesAsset(path: string, used: (path: string) => boolean): boolean {
	return !path.startsWith('_astro/') || /\.(?:m?js|css|woff2?|ttf|otf)$/.test(path) || used(path);
}

/** The `_astro/…` files a page or stylesheet refers to (in `src`, `href`, `srcset` or `url()`). */
export function assetsUsedBy(text: string): string[] {
	return [...text.matchAll(/_astro\/[^"'()\s?#,]+/g)].map(([path]) => path);
}

/**
 * Whether Pagefind's WebAssembly file at `path` is one the site's languages
 * use (`languages` from `pagefind-entry.json`: each language's `wasm`, e.g. `en`
 * or `unknown`). Every one is kept when the languages are not known.
 */
export function precachesWasm(path: string, languages: string[] | undefined): boolean {
	const wasm = /^pagefind\/wasm\.(.+)\.pagefind$/.exec(path)?.[1];
	return wasm === undefined || languages === undefined || languages.includes(wasm);
}
