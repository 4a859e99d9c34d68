import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const iconsModule = join('@astrojs', 'starlight', 'dist', 'components-internals', 'Icons.js');

/**
 * The names of Starlight's built-in icons, which an aside's `{icon="…"}` must
 * be one of (Starlight throws while rendering the page otherwise). Read from
 * Starlight's own icon table, which it does not export: empty when that file
 * is not where Starlight 0.42 keeps it, and the icon is then left to Starlight.
 */
export const asideIconNames: readonly string[] = await (async () => {
	const folders = createRequire(import.meta.url).resolve.paths('@astrojs/starlight') ?? [];
	const path = folders.map((folder) => join(folder, iconsModule)).find((candidate) => existsSync(candidate));
	if (!path) return [];
	try {
		const { Icons } = (await import(pathToFileURL(path).href)) as { Icons?: Record<string, string> };
		return Object.keys(Icons ?? {});
	} catch {
		return [];
	}
})();
