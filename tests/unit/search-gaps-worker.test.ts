import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/astro.ts';

/** The README's search-gaps worker, as a team would copy it: the first ```js block after its marker. */
async function readmeWorker(): Promise<{ fetch: (request: Request, env: object) => Promise<Response> }> {
	const readme = readFileSync(`${repoRoot}README.md`, 'utf8');
	const after = readme.slice(readme.indexOf('<!-- search-gaps-worker:'));
	const code = /```js\n([\s\S]*?)\n\s*```/.exec(after)?.[1] ?? '';
	const file = join(mkdtempSync(join(tmpdir(), 'rapport-worker-')), 'worker.mjs');
	writeFileSync(file, code.replace(/^ {2}/gm, ''));
	return ((await import(pathToFileURL(file).href)) as { default: { fetch: (request: Request, env: object) => Promise<Response> } }).default;
}

/** A KV namespace in memory, with the calls a worker makes. */
function memoryKv() {
	const values = new Map<string, string>();
	return {
		get: (key: string) => Promise.resolve(values.get(key) ?? null),
		put: (key: string, value: string) => Promise.resolve(void values.set(key, value)),
		list: () => Promise.resolve({ keys: [...values.keys()].map((name) => ({ name })) }),
	};
}

describe("the README's search-gaps endpoint recipe", () => {
	it('answers the preflight, counts what searchGapsEndpoint sends per query, and lists the counts', async () => {
		const worker = await readmeWorker();
		const env = { GAPS: memoryKv(), SITE: 'https://desk.example' };
		const post = (body: unknown) =>
			worker.fetch(
				new Request('https://gaps.example/', {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(body),
				}),
				env,
			);
		const preflight = await worker.fetch(new Request('https://gaps.example/', { method: 'OPTIONS' }), env);
		expect(preflight.status).toBe(204);
		expect(preflight.headers.get('Access-Control-Allow-Origin')).toBe('https://desk.example');
		expect((await post({ query: 'Fax  number', page: '/', at: '2026-11-30T10:00:00.000Z' })).status).toBe(204);
		await post({ query: 'fax number', page: '/x/', at: '2026-11-30T11:00:00.000Z' });
		await post({ query: 'refund [email]', page: '/', at: '2026-11-29T09:00:00.000Z' });
		expect((await post({ page: '/' })).status).toBe(400);
		const listed = await worker.fetch(new Request('https://gaps.example/'), env);
		expect(await listed.json()).toEqual([
			{ query: 'fax number', count: 2, last: '2026-11-30T11:00:00.000Z' },
			{ query: 'refund [email]', count: 1, last: '2026-11-29T09:00:00.000Z' },
		]);
	});
});
