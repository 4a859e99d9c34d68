/**
 * The site's service worker, made by Workbox: `generateSW` writes the worker
 * (its routes and caching strategies, from `workerOptions`), and
 * `injectManifest` fills in the files of each build to precache. Generating
 * the worker bundles Workbox with Babel and Terser (about 4 s); its code is the
 * same for every build (it depends only on the site's base), so it is
 * generated once, with a placeholder where the precache list goes, and kept
 * (see {@link workerTemplate}); each build only injects its list.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GenerateSWOptions, ManifestTransform } from 'workbox-build';
import {
	assetsUsedBy,
	contentHashed,
	offlineFallbackRoute,
	precacheGlobs,
	precacheIgnores,
	precachesAsset,
	precachesPage,
	precachesWasm,
	type OfflinePlan,
} from './plan.ts';

/** The service worker's file, at the root of the site: its scope is the site's `base`. */
export const serviceWorkerFile = 'sw.js';

/**
 * The start of the worker's cache names: `rapport-precache-v2-<scope URL>` (Workbox's
 * name), `rapport-pages-<base>` and `rapport-assets-<base>`. Two sites under two
 * bases of one host keep apart.
 */
export const cachePrefix = 'rapport';

/** Most entries each runtime cache keeps (pages opened; assets of older builds); the least recently used go first. */
const runtimeEntries = 1000;

/** Where the precache list goes in the generated worker until a build injects its own. */
const placeholderUrl = '__rapport_precache__';

/**
 * How the worker answers (a new object each time: Workbox fills in defaults in
 * place). Precached files first, from the cache: a new build is a new worker
 * that waits until the page asks it to take over, so no page changes under the
 * agent mid-call. Then, for what is not precached, kept in runtime caches:
 * - pages: from the network, else the copy saved when last opened (also after
 *   4 s without an answer), else the offline page;
 * - scripts, styles, images and fonts: the saved copy at once, refreshed behind.
 * Pagefind asks for its entry file with `?ts=<build>`: the parameter is ignored.
 */
function workerOptions(base: string): Omit<GenerateSWOptions, 'swDest'> {
	return {
		additionalManifestEntries: [{ url: placeholderUrl, revision: null }],
		cacheId: cachePrefix,
		skipWaiting: false,
		clientsClaim: true,
		cleanupOutdatedCaches: true,
		directoryIndex: 'index.html',
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
		inlineWorkboxRuntime: true,
		sourcemap: false,
		mode: 'production',
		// Browsers with module scripts and dialogs, as the rest of the site needs.
		babelPresetEnvTargets: ['chrome >= 111', 'edge >= 111', 'firefox >= 114', 'safari >= 16.4'],
		runtimeCaching: [
			{
				urlPattern: ({ request, sameOrigin }) => sameOrigin && request.mode === 'navigate',
				handler: 'NetworkFirst',
				options: {
					cacheName: `${cachePrefix}-pages-${base}`,
					networkTimeoutSeconds: 4,
					expiration: { maxEntries: runtimeEntries },
					precacheFallback: { fallbackURL: `${offlineFallbackRoute}/index.html` },
				},
			},
			{
				urlPattern: ({ request, sameOrigin }) => sameOrigin && ['style', 'script', 'image', 'font'].includes(request.destination),
				handler: 'StaleWhileRevalidate',
				options: { cacheName: `${cachePrefix}-assets-${base}`, expiration: { maxEntries: runtimeEntries } },
			},
		],
	};
}

/** What a build precaches, as Workbox counted it. */
export interface PrecacheSummary {
	/** Files precached. */
	count: number;
	/** Their bytes, as stored. */
	size: number;
	/** Files Workbox left out or could not read (too large, …). */
	warnings: string[];
}

/**
 * Writes `sw.js` into the built site at `dir`: the worker, with the files of
 * this build to precache under `plan`. Run after Pagefind has written its index.
 */
export async function writeServiceWorker(dir: string, base: string, plan: OfflinePlan): Promise<PrecacheSummary> {
	// `injectManifest` alone: Workbox's main module loads Babel and Rollup too (0.8 s), needed only to generate the worker.
	const { injectManifest } = await import('workbox-build/build/inject-manifest.js');
	const result = await injectManifest({
		swSrc: await workerTemplate(base),
		swDest: join(dir, serviceWorkerFile),
		globDirectory: dir,
		globPatterns: precacheGlobs,
		globIgnores: precacheIgnores,
		dontCacheBustURLsMatching: contentHashed,
		// A page or image above this is left out, with a warning: it would hold up every first visit.
		maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
		manifestTransforms: [keepPlanned(dir, plan)],
	});
	// A glob that matches nothing (no icon, no search filters) is expected, not a problem.
	const warnings = result.warnings.filter((warning) => !warning.includes("doesn't match any files"));
	return { count: result.count, size: result.size, warnings };
}

/**
 * Keeps the pages the plan saves on the first visit, the images those pages
 * and the styles use, and the WebAssembly of the site's languages only.
 */
function keepPlanned(dir: string, plan: OfflinePlan): ManifestTransform {
	return (entries) => {
		const read = (url: string) => readFileSync(join(dir, url), 'utf8');
		const languages = pagefindWasm(dir);
		const pages = new Set(entries.filter((entry) => entry.url.endsWith('.html') && precachesPage(entry.url, plan, () => read(entry.url))));
		const used = new Set(
			[...pages, ...entries.filter((entry) => entry.url.endsWith('.css'))].flatMap((entry) => assetsUsedBy(read(entry.url))),
		);
		const manifest = entries.filter((entry) =>
			entry.url.endsWith('.html')
				? pages.has(entry)
				: precachesAsset(entry.url, (path) => used.has(path)) && precachesWasm(entry.url, languages),
		);
		return { manifest };
	};
}

/** The WebAssembly each language of the search index uses (`en`, `unknown` …), from Pagefind's entry file. */
function pagefindWasm(dir: string): string[] | undefined {
	const file = join(dir, 'pagefind', 'pagefind-entry.json');
	if (!existsSync(file)) return undefined;
	const entry = JSON.parse(readFileSync(file, 'utf8')) as { languages?: Record<string, { wasm?: string }> };
	return Object.values(entry.languages ?? {}).flatMap((language) => (language.wasm ? [language.wasm] : []));
}

/**
 * The generated worker with `self.__WB_MANIFEST` where the precache list goes,
 * ready for `injectManifest`: made once per Workbox version, worker options and base,
 * and kept in `node_modules/.cache/rapport-offline/` (shared by every site this
 * copy of Rapport builds).
 */
export async function workerTemplate(base: string): Promise<string> {
	const name = `sw-template-${templateKey(base)}.js`;
	const kept = join(fileURLToPath(new URL('../../node_modules/.cache/rapport-offline/', import.meta.url)), name);
	if (existsSync(kept)) return kept;
	const code = await generateTemplate(base);
	// A read-only node_modules keeps nothing: the template then lives in the system's temporary folder.
	for (const file of [kept, join(tmpdir(), 'rapport-offline', name)]) {
		try {
			await mkdir(dirname(file), { recursive: true });
			// Written aside, then renamed: a build running alongside never reads half a file.
			const partial = `${file}.${process.pid}.tmp`;
			await writeFile(partial, code);
			await rename(partial, file);
			return file;
		} catch {
			// Not writable: the next place.
		}
	}
	throw new Error(`Rapport could not write the service worker's template to ${kept} nor to the temporary folder.`);
}

/** Names the template by what makes it: Workbox's version and the worker options (functions and patterns as written, base included). */
function templateKey(base: string): string {
	const version = (createRequire(import.meta.url)('workbox-build/package.json') as { version: string }).version;
	const options = JSON.stringify(workerOptions(base), (_key, value: unknown) =>
		typeof value === 'function' || value instanceof RegExp ? String(value) : value,
	);
	return createHash('sha256').update(`${version}\n${options}`).digest('hex').slice(0, 16);
}

async function generateTemplate(base: string): Promise<string> {
	const { generateSW } = await import('workbox-build');
	const folder = await mkdtemp(join(tmpdir(), 'rapport-sw-'));
	try {
		const swDest = join(folder, serviceWorkerFile);
		// An empty folder and no globs: the placeholder is the whole precache list.
		await generateSW({ ...workerOptions(base), swDest, globDirectory: folder, globPatterns: [] });
		const code = await readFile(swDest, 'utf8');
		// The placeholder entry, as Terser wrote it: `[{url:"__rapport_precache__",revision:null}]`.
		const entry = new RegExp(`\\[\\s*\\{\\s*"?url"?\\s*:\\s*"${placeholderUrl}"\\s*,\\s*"?revision"?\\s*:\\s*null\\s*\\}\\s*\\]`);
		if (!entry.test(code)) {
			throw new Error(
				`Rapport could not find where the precache list goes in the service worker Workbox generated: Workbox may have changed how it writes it.`,
			);
		}
		return code.replace(entry, 'self.__WB_MANIFEST');
	} finally {
		await rm(folder, { recursive: true, force: true });
	}
}
