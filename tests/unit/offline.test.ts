import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { AstroIntegration } from 'astro';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import rapport from '../../src/index.ts';
import { assetsUsedBy, offlinePlan, precachesAsset, precachesPage, precachesWasm, wholeSiteMaxPages } from '../../src/offline/plan.ts';
import { precacheListOf } from '../../src/offline/precache-list.ts';
import { writeServiceWorker } from '../../src/offline/service-worker.ts';
import { parseOptions } from '../../src/options.ts';

describe('what is saved on the first visit', () => {
	it('saves every page of a playbook up to the limit, and scripts, cards and entry pages of a bigger one', () => {
		expect(offlinePlan(wholeSiteMaxPages)).toEqual({ wholeSite: true });
		expect(offlinePlan(wholeSiteMaxPages + 1)).toEqual({ wholeSite: false });
		const big = offlinePlan(883);
		const plain = () => '<main><p>Words</p></main>';
		for (const page of [
			'index.html',
			'situations/index.html',
			'search-gaps/index.html',
			'_offline/index.html',
			'cards/index.html',
			'cards/desk/index.html',
		]) {
			expect(precachesPage(page, big, plain), page).toBe(true);
		}
		expect(precachesPage('calls/upset/index.html', big, () => '<ol data-playbook="script" id="upset">')).toBe(true);
		expect(precachesPage('listening/zero-in/index.html', big, plain)).toBe(false);
		expect(precachesPage('cards/desk/more/index.html', big, plain)).toBe(false);
		expect(precachesPage('listening/zero-in/index.html', offlinePlan(25), plain)).toBe(true);
	});

	it('saves the entry pages of every language of a bigger playbook, not the pages of a folder named like one', () => {
		const big = offlinePlan(883, ['fr', 'pt-br']);
		const plain = () => '<main><p>Mots</p></main>';
		for (const page of ['fr/index.html', 'fr/situations/index.html', 'fr/cards/index.html', 'pt-br/cards/desk/index.html']) {
			expect(precachesPage(page, big, plain), page).toBe(true);
		}
		expect(precachesPage('fr/listening/zero-in/index.html', big, plain)).toBe(false);
		expect(precachesPage('de/index.html', big, plain)).toBe(false);
		expect(precachesPage('de/situations/index.html', offlinePlan(883), plain)).toBe(false);
	});

	it('keeps Astro’s scripts, styles and fonts, and the images a saved page or style uses', () => {
		const used = new Set(
			assetsUsedBy(
				'<img src="/docs/_astro/desk.Ab1.webp" srcset="/docs/_astro/desk.Cd2.webp 2x, /_astro/desk.Ef3.webp 3x"><style>a{background:url(/_astro/bg.Gh4.svg)}</style>',
			),
		);
		expect([...used]).toEqual(['_astro/desk.Ab1.webp', '_astro/desk.Cd2.webp', '_astro/desk.Ef3.webp', '_astro/bg.Gh4.svg']);
		for (const path of ['_astro/page.X1.js', '_astro/print.X2.css', '_astro/inter.X3.woff2', '_astro/desk.Ab1.webp', 'favicon.svg']) {
			expect(
				precachesAsset(path, (asset) => used.has(asset)),
				path,
			).toBe(true);
		}
		expect(precachesAsset('_astro/diagram.X4.svg', (asset) => used.has(asset))).toBe(false);
	});

	it('keeps Pagefind’s WebAssembly for the site’s languages only', () => {
		expect(precachesWasm('pagefind/wasm.en.pagefind', ['en'])).toBe(true);
		expect(precachesWasm('pagefind/wasm.unknown.pagefind', ['en'])).toBe(false);
		expect(precachesWasm('pagefind/wasm.unknown.pagefind', undefined)).toBe(true);
		expect(precachesWasm('pagefind/pagefind.js', ['en'])).toBe(true);
	});
});

describe('the service worker of a build', () => {
	let dir: string;
	const page = (body = '') => `<!doctype html><html><body><main>${body}</main></body></html>`;
	const files: Record<string, string> = {
		'index.html': page('Home'),
		'404.html': page('Not found'),
		'favicon.svg': '<svg/>',
		'search-words.json': '["caller"]',
		'listening/zero-in/index.html': page('<img src="/_astro/photo.Ab12.webp" alt="">'),
		'calls/upset/index.html': page('<ol data-playbook="script" id="s">'),
		'cards/index.html': page('Cards'),
		'cards/desk/index.html': page('Desk card'),
		'print/index.html': page('Booklet'),
		'_offline/index.html': page('Not saved'),
		'_astro/page.Ab12.js': 'console.log(1)',
		'_astro/page.Ab12.js.map': '{}',
		'_astro/photo.Ab12.webp': 'webp',
		'_astro/unused.Cd34.svg': '<svg/>',
		'pagefind/pagefind.js': 'export {}',
		'pagefind/pagefind-ui.js': 'export {}',
		'pagefind/pagefind-worker.js': 'export {}',
		'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_1', wasm: 'en', page_count: 3 } } }),
		'pagefind/pagefind.en_1.pf_meta': 'm',
		'pagefind/wasm.en.pagefind': 'w',
		'pagefind/wasm.unknown.pagefind': 'w',
		'pagefind/index/en_1.pf_index': 'i',
		'pagefind/fragment/en_1.pf_fragment': 'f',
		'pagefind/filter/en_1.pf_filter': 'f',
	};

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'rapport-offline-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), text);
		}
	});

	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const written = () => precacheListOf(readFileSync(join(dir, 'sw.js'), 'utf8'));

	it('precaches the shell, search (index, result texts, filters, typo words) and every page of a small playbook', async () => {
		const summary = await writeServiceWorker(dir, '/', offlinePlan(3));
		const urls = written().map((entry) => entry.url);
		expect(urls.sort()).toEqual(
			[
				'_astro/page.Ab12.js',
				'_astro/photo.Ab12.webp',
				'_offline/index.html',
				'calls/upset/index.html',
				'cards/desk/index.html',
				'cards/index.html',
				'favicon.svg',
				'index.html',
				'listening/zero-in/index.html',
				'pagefind/filter/en_1.pf_filter',
				'pagefind/fragment/en_1.pf_fragment',
				'pagefind/index/en_1.pf_index',
				'pagefind/pagefind-entry.json',
				'pagefind/pagefind.en_1.pf_meta',
				'pagefind/pagefind.js',
				'pagefind/wasm.en.pagefind',
				'search-words.json',
			].sort(),
		);
		expect(summary).toMatchObject({ count: urls.length, warnings: [] });
		expect(summary.size).toBeGreaterThan(0);
		// Files named by their content are fetched as they are; the rest carry a revision.
		const revisions = Object.fromEntries(written().map((entry) => [entry.url, entry.revision]));
		expect(revisions['_astro/page.Ab12.js']).toBeNull();
		expect(revisions['pagefind/fragment/en_1.pf_fragment']).toBeNull();
		expect(revisions['index.html']).toMatch(/^[0-9a-f]{32}$/);
		expect(revisions['pagefind/pagefind-entry.json']).toMatch(/^[0-9a-f]{32}$/);
	}, 60_000);

	it('leaves pages without a script to be saved when opened, in a big playbook', async () => {
		await writeServiceWorker(dir, '/', offlinePlan(wholeSiteMaxPages + 1));
		const urls = written().map((entry) => entry.url);
		expect(urls).toEqual(
			expect.arrayContaining(['index.html', 'calls/upset/index.html', 'cards/desk/index.html', 'pagefind/fragment/en_1.pf_fragment']),
		);
		expect(urls).not.toContain('listening/zero-in/index.html');
		// Nor the image only that page shows.
		expect(urls).not.toContain('_astro/photo.Ab12.webp');
	}, 60_000);

	it('answers what it does not precache: pages from the network, else their saved copy, else the offline page', () => {
		const code = readFileSync(join(dir, 'sw.js'), 'utf8');
		expect(code).toContain('"navigate"');
		expect(code).toContain('_offline/index.html');
		// Pagefind's `?ts=<build>` on its entry file does not miss the precache.
		expect(code).toContain('/^ts$/');
		// A new build waits for the page to ask ("press U") before it takes over.
		expect(code).toContain('SKIP_WAITING');
	});
});

describe('the offline option', () => {
	/** Runs Rapport's Starlight setup and returns the component overrides and the integrations it adds. */
	function setUp(plugin: StarlightPlugin) {
		const integrations: AstroIntegration[] = [];
		let components: Record<string, string> = {};
		const setup = plugin.hooks['config:setup'] as (parameters: unknown) => void;
		setup({
			config: {},
			updateConfig: (update: { components?: Record<string, string> }) => (components = update.components ?? {}),
			addIntegration: (integration: AstroIntegration) => integrations.push(integration),
			addRouteMiddleware: () => undefined,
			// Starlight's translations: each key as itself.
			useTranslations: () => (key: string) => key,
		});
		return { components, offline: integrations.find((integration) => integration.name === 'rapport:offline') };
	}

	it('is on by default: the footer says whether the playbook is saved', () => {
		expect(parseOptions({}).offline).toBe(true);
		expect(setUp(rapport()).components['Footer']).toMatch(/src\/offline\/Footer\.astro$/);
	});

	it('off, adds no footer line, and writes a worker that removes itself from browsers that saved the site', async () => {
		const { components, offline } = setUp(rapport({ offline: false }));
		expect(components['Footer']).toBeUndefined();
		const dir = mkdtempSync(join(tmpdir(), 'rapport-offline-off-'));
		try {
			const done = offline?.hooks['astro:build:done'] as (parameters: unknown) => Promise<void>;
			await done({ dir: pathToFileURL(`${dir}/`), logger: { info: () => undefined, warn: () => undefined } });
			const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
			expect(worker).toContain('self.registration.unregister()');
			expect(worker).not.toContain('precache');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('says what it takes', () => {
		expect(() => parseOptions({ offline: 'no' })).toThrow(
			'- **offline**: expected true (the playbook works offline after one visit) or false (no offline copy), received "no"',
		);
	});
});
