import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { starlightCacheKeys } from '../../src/integration/starlight-cache-keys.ts';

const route = '/site/node_modules/@astrojs/starlight/dist/routes/static/index.astro';
const compiled = 'const prerender = true;\nasync function getStaticPaths() {\n\treturn paths;\n}\n';

function plugin() {
	const warn = vi.fn();
	const keys = starlightCacheKeys({ warn } as unknown as AstroIntegrationLogger);
	return { warn, transform: (code: string, id: string) => keys.transform(code, id) };
}

describe('starlightCacheKeys', () => {
	it("wraps the paths of Starlight's page route in cache keys", () => {
		const { transform } = plugin();
		const result = transform(compiled, route);
		expect(result?.code).toMatch(/^import \{ withCacheKeys as __rapportWithCacheKeys \} from ".*\/src\/content\/cache-keys\.ts";\n/);
		expect(result?.code).toContain('return __rapportWithCacheKeys(paths);');
	});

	it('leaves every other module alone', () => {
		const { transform, warn } = plugin();
		expect(transform(compiled, '/site/src/blocks/card/routes/[id].astro')).toBeUndefined();
		expect(warn).not.toHaveBeenCalled();
	});

	it('says so, and changes nothing, when Starlight’s route no longer looks as expected', () => {
		const { transform, warn } = plugin();
		expect(transform('async function getStaticPaths() { return getPaths(); }', route)).toBeUndefined();
		expect(warn).toHaveBeenCalledWith(expect.stringContaining('every page is rendered on every build'));
	});
});
