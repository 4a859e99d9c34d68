import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveBuiltSite, type ServedSite } from '../../src/browser/headless.ts';

/** A built site made for `base: '/docs/'`: its pages load Astro's assets from /docs/_astro/. */
function builtSite(): string {
	const root = mkdtempSync(join(tmpdir(), 'rapport-static-'));
	const files: Record<string, string> = {
		'index.html': '<link rel="stylesheet" href="/docs/_astro/site.css"><h1>Home</h1>',
		'404.html': '<link rel="stylesheet" href="/docs/_astro/site.css"><h1>Not here</h1>',
		'calls/refund/index.html': '<h1>Refund</h1>',
		'_astro/site.css': 'h1{}',
		'pagefind/wasm.en.pagefind': 'wasm',
		'search.wasm': 'wasm',
	};
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(root, 'dist', file, '..'), { recursive: true });
		writeFileSync(join(root, 'dist', file), text);
	}
	return root;
}

describe('serving a built site as a static host does', () => {
	let root: string;
	let site: ServedSite;
	beforeAll(async () => {
		root = builtSite();
		site = await serveBuiltSite(root);
	});
	afterAll(async () => {
		await site.stop();
		rmSync(root, { recursive: true, force: true });
	});

	const get = async (path: string) => {
		const response = await fetch(site.url(path));
		return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
	};

	it('serves pages under the base the site was built for, with or without the trailing slash', async () => {
		expect(await get('/docs/')).toMatchObject({ status: 200, text: expect.stringContaining('Home') });
		expect(await get('/docs')).toMatchObject({ status: 200, text: expect.stringContaining('Home') });
		expect(await get('/docs/calls/refund/')).toMatchObject({
			status: 200,
			type: expect.stringMatching(/^text\/html; ?charset=utf-8$/),
			text: '<h1>Refund</h1>',
		});
		expect(await get('/docs/calls/refund?from=ticket')).toMatchObject({ status: 200, text: '<h1>Refund</h1>' });
		expect(await get('/docs/_astro/site.css')).toMatchObject({ status: 200, type: expect.stringMatching(/^text\/css/) });
		expect((await get('/docs/search.wasm')).type).toBe('application/wasm');
		expect(await get('/docs/pagefind/wasm.en.pagefind')).toMatchObject({ status: 200, text: 'wasm' });
	});

	it('answers what is not there, outside the base or outside the site with the 404 page', async () => {
		for (const path of [
			'/docs/calls/nothing/',
			'/calls/refund/',
			'/docs/../../etc/passwd',
			'/docs/%2e%2e/%2e%2e/etc/passwd',
			'/docs/%E0%A4%A',
		]) {
			expect(await get(path), path).toMatchObject({ status: 404, text: expect.stringContaining('Not here') });
		}
	});
});
