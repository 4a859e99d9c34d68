import type { ManifestEntry } from 'workbox-build';

/**
 * The precache list written into a built `sw.js` (as Workbox's `injectManifest`
 * writes it: `{"revision":…,"url":…}` entries), for tests and the benchmark.
 * URLs are relative to the worker, e.g. `cards/index.html`.
 */
export function precacheListOf(workerCode: string): ManifestEntry[] {
	return [...workerCode.matchAll(/\{"revision":("[^"]*"|null),"url":("(?:[^"\\]|\\.)*")\}/g)].map(([, revision = 'null', url = '""']) => ({
		revision: JSON.parse(revision) as string | null,
		url: JSON.parse(url) as string,
	}));
}
