import type { AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';

const starlightRoute = /@astrojs[\\/]starlight[\\/]dist[\\/]routes[\\/]static[\\/]index\.astro$/;
const cacheKeys = fileURLToPath(new URL('../content/cache-keys.ts', import.meta.url));

/**
 * A Vite plugin that gives Starlight's page route a cache key per page, so
 * Astro's incremental build (`experimental.incrementalBuild`) renders only
 * the pages that changed. Starlight 0.42 returns its paths without keys; this
 * wraps its `getStaticPaths` result in {@link withCacheKeys}. If Starlight's
 * route no longer looks as expected, it says so and changes nothing: every
 * page is then rendered on every build, as without it.
 */
export function starlightCacheKeys(logger: AstroIntegrationLogger) {
	return {
		name: 'rapport:starlight-cache-keys',
		enforce: 'post' as const,
		transform(code: string, id: string) {
			if (!starlightRoute.test(id)) return undefined;
			if (!code.includes('return paths;')) {
				logger.warn(
					"Starlight's page route has changed: pages carry no cache key, so every page is rendered on every build. Rapport's src/integration/starlight-cache-keys.ts needs updating for this Starlight version.",
				);
				return undefined;
			}
			const wrapped = code.replace('return paths;', 'return __rapportWithCacheKeys(paths);');
			return { code: `import { withCacheKeys as __rapportWithCacheKeys } from ${JSON.stringify(cacheKeys)};\n${wrapped}`, map: null };
		},
	};
}
