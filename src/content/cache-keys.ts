import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';

let shared: Promise<string> | undefined;

/**
 * What every page shows of all the others, as a digest: their titles, order
 * and labels (the sidebar, the previous and next links), the interface
 * strings, and the day (a page says when it is due for review). When any of
 * it changes, every page is rendered again.
 */
function siteKey(): Promise<string> {
	shared ??= (async () => {
		const [docs, strings] = await Promise.all([getCollection('docs'), getCollection('i18n')]);
		return createHash('sha256')
			.update(JSON.stringify(docs.map((entry) => [entry.id, entry.data])))
			.update(JSON.stringify(strings.map((entry) => [entry.id, entry.data])))
			.update(new Date().toISOString().slice(0, 10))
			.digest('base64url');
	})();
	return shared;
}

/**
 * The cache key of a page built from `entry` (Astro's incremental build skips
 * a page whose key and code are unchanged): the entry's own digest, and what
 * it shows of the others.
 */
export async function cacheKeyOf(entry: CollectionEntry<'docs'>): Promise<string> {
	return `${entry.digest ?? entry.id}:${await siteKey()}`;
}

/**
 * Starlight's page paths with a cache key each. Starlight's route returns
 * none, so without this every page would be rendered on every build.
 */
export async function withCacheKeys<Path extends { params: { slug?: string | undefined } }>(
	paths: Path[],
): Promise<(Path & { cacheKey?: string })[]> {
	const bySlug = new Map((await getCollection('docs')).map((entry) => [slugParam(entry.id), entry]));
	return Promise.all(
		paths.map(async (path) => {
			const entry = bySlug.get(path.params.slug);
			// A path Rapport does not know (a language fallback): rendered every time, as before.
			return entry ? { ...path, cacheKey: await cacheKeyOf(entry) } : path;
		}),
	);
}

/** Starlight's `slug` parameter for an entry id (its `slugToParam`). */
function slugParam(id: string): string | undefined {
	return id === 'index' || id === '' || id === '/' ? undefined : (id.endsWith('/index') ? id.slice(0, -6) : id).normalize();
}
