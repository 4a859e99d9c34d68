import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const source = fileURLToPath(new URL('../', import.meta.url));

/**
 * A digest of Rapport's own source. Astro keeps rendered pages between builds
 * until its config changes; this digest goes into the config (remark plugin
 * options), so a Rapport that renders blocks differently re-renders every page
 * instead of serving pages rendered by the old one.
 */
export function renderKey(): string {
	const hash = createHash('sha256');
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (/\.(ts|css|astro)$/.test(entry.name)) hash.update(path.slice(source.length)).update(readFileSync(path));
		}
	};
	walk(source);
	return hash.digest('hex').slice(0, 16);
}
