/**
 * `npm run bench:offline [-- --handbook DIR | --no-handbook] [-- --no-build]`:
 * what offline desk mode costs, on the default playbook and on a big one (the
 * 883-page handbook in ../shared/corpora, read where it is).
 *
 * - The precache, from the built `sw.js`: files and bytes as stored, and
 *   gzipped (what a host that compresses sends), by kind: pages, search
 *   (Pagefind's index, result texts, filters, WebAssembly, and the typo
 *   words), and the shell (scripts, styles, icons).
 * - Beside it, every page of the site (booklets left out) and Pagefind's
 *   result texts: what saving the whole site would cost.
 * - A first visit in Chromium, served on loopback by Astro's preview server
 *   (which gzips): the time from opening the home page to "Available offline",
 *   and the requests and bytes that took (page and service worker). Then,
 *   offline: a search, and a page never visited.
 *
 * Prints a table and writes bench/results/offline.json. `--no-build` measures
 * the sites the last run built (in bench/.work/offline/) again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { findChromium } from '../src/browser/find-chromium.ts';
import { launchHeadless, serveBuiltSite } from '../src/browser/headless.ts';
import { precacheListOf } from '../src/offline/precache-list.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, 'bench', '.work', 'offline');
const { values } = parseArgs({
	options: {
		handbook: { type: 'string', default: resolve(root, '../shared/corpora/sourcegraph-handbook/content') },
		'no-handbook': { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
	},
});
const handbook = values['no-handbook'] || !existsSync(values.handbook) ? undefined : values.handbook;

/** Files and bytes: as stored, and gzipped. */
interface Weight {
	files: number;
	bytes: number;
	gzipBytes: number;
}

/** What the bench measured of one site. */
interface Report {
	corpus: string;
	buildSeconds: number;
	pages: number;
	wholeSite: boolean;
	precache: Weight & { pages: Weight; search: Weight; shell: Weight };
	/** Every page of the site (booklets left out), whether precached or not. */
	allPages: Weight;
	/** Pagefind's result texts, one per indexed page. */
	fragments: Weight;
	firstVisit: {
		msToAvailable: number;
		requests: number;
		transferredBytes: number;
		serviceWorkerRequests: number;
		serviceWorkerBytes: number;
	};
	offline: { searchQuery: string; results: number; unvisitedPage: string; unvisitedShows: string };
}

/** Builds the default playbook, or the playbook at `content`, into `outDir`; returns the seconds it took. */
function build(outDir: string, content?: string): number {
	if (values['no-build'] && existsSync(join(outDir, 'sw.js'))) return 0;
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(content ? { RAPPORT_PLAYBOOKS: content } : {}) };
	const started = performance.now();
	const result = spawnSync(process.execPath, [join(root, 'bench', 'run-build.ts'), root, outDir], {
		encoding: 'utf8',
		env,
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`Build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	return (performance.now() - started) / 1000;
}

/** Pagefind's files and WebAssembly are compressed already: a host sends them as they are. */
const compressed = (path: string) => /\.(?:pf_\w+|pagefind|png|jpe?g|gif|webp|avif|woff2?)$/.test(path);

function weigh(dir: string, paths: string[]): Weight {
	return paths.reduce(
		(total, path) => {
			const data = readFileSync(join(dir, path));
			return {
				files: total.files + 1,
				bytes: total.bytes + data.length,
				gzipBytes: total.gzipBytes + (compressed(path) ? data.length : gzipSync(data).length),
			};
		},
		{ files: 0, bytes: 0, gzipBytes: 0 },
	);
}

function filesUnder(dir: string, folder = dir): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? filesUnder(dir, path) : [relative(dir, path)];
	});
}

/** The sizes of what the site precaches, and of what it would take to save it whole. */
function weighSite(dir: string) {
	const urls = precacheListOf(readFileSync(join(dir, 'sw.js'), 'utf8')).map((entry) => entry.url);
	const kind = (url: string) =>
		url.endsWith('.html') ? 'pages' : url.startsWith('pagefind/') || url === 'search-words.json' ? 'search' : 'shell';
	const files = filesUnder(dir);
	return {
		precache: {
			...weigh(dir, urls),
			pages: weigh(
				dir,
				urls.filter((url) => kind(url) === 'pages'),
			),
			search: weigh(
				dir,
				urls.filter((url) => kind(url) === 'search'),
			),
			shell: weigh(
				dir,
				urls.filter((url) => kind(url) === 'shell'),
			),
		},
		allPages: weigh(
			dir,
			files.filter((path) => path.endsWith('.html') && !path.startsWith('print/') && path !== '404.html'),
		),
		fragments: weigh(
			dir,
			files.filter((path) => path.startsWith('pagefind/fragment/')),
		),
	};
}

/** A first visit, then search and a page never visited with the network off. */
async function visit(browser: Browser, dir: string, query: string, unvisited: string): Promise<Pick<Report, 'firstVisit' | 'offline'>> {
	const site = await serveBuiltSite(root, dir);
	const context = await browser.newContext();
	try {
		const sizes: Promise<{ bytes: number; worker: boolean }>[] = [];
		context.on('requestfinished', (request) => {
			sizes.push(
				request
					.sizes()
					.then((size) => ({ bytes: size.responseBodySize + size.responseHeadersSize, worker: request.serviceWorker() !== null }))
					.catch(() => ({ bytes: 0, worker: false })),
			);
		});
		const page = await context.newPage();
		const started = performance.now();
		await page.goto(site.url('/'));
		await page.waitForSelector('[data-rapport-offline-status][data-state="saved"], [data-rapport-offline-status][data-state="savedPart"]', {
			timeout: 300_000,
		});
		const msToAvailable = Math.round(performance.now() - started);
		const done = await Promise.all(sizes);
		const worker = done.filter((size) => size.worker);
		await context.setOffline(true);
		await page.goto(site.url(unvisited));
		const unvisitedShows = (await page.locator('main h1').textContent())?.trim() ?? '';
		await page.keyboard.press('Control+k');
		await page.locator('#rapport-search-input').fill(query);
		await page.waitForSelector(`#rapport-search-results[data-query="${query}"]`, { state: 'attached', timeout: 30_000 });
		const results = await page.locator('.rapport-result').count();
		return {
			firstVisit: {
				msToAvailable,
				requests: done.length,
				transferredBytes: done.reduce((total, size) => total + size.bytes, 0),
				serviceWorkerRequests: worker.length,
				serviceWorkerBytes: worker.reduce((total, size) => total + size.bytes, 0),
			},
			offline: { searchQuery: query, results, unvisitedPage: unvisited, unvisitedShows },
		};
	} finally {
		await context.close();
		await site.stop();
	}
}

async function measure(browser: Browser, corpus: string, content: string | undefined, query: string, unvisited: string): Promise<Report> {
	const outDir = join(work, corpus);
	console.log(`Building ${corpus}…`);
	const buildSeconds = build(outDir, content);
	const entry = JSON.parse(readFileSync(join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
		languages: Record<string, { page_count: number }>;
	};
	const pages = Object.values(entry.languages).reduce((total, language) => total + language.page_count, 0);
	const weights = weighSite(outDir);
	const wholeSite = weights.precache.pages.files >= weights.allPages.files;
	return { corpus, buildSeconds, pages, wholeSite, ...weights, ...(await visit(browser, outDir, query, unvisited)) };
}

const found = await findChromium();
if ('error' in found) throw new Error(found.error);
const browser = await launchHeadless(found);
const reports: Report[] = [];
try {
	reports.push(await measure(browser, 'playbook', undefined, 'irate caller', '/listening/zero-in/'));
	if (handbook)
		reports.push(await measure(browser, 'handbook', handbook, 'parental leave', '/company-info-and-process/communication/announcements/'));
} finally {
	await browser.close();
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const weight = (w: Weight) => `${w.files} files, ${mb(w.bytes)} (${mb(w.gzipBytes)} gzipped)`;
const rows: [string, ...string[]][] = [
	['pages in the search index', ...reports.map((report) => String(report.pages))],
	['pages saved on the first visit', ...reports.map((report) => (report.wholeSite ? 'every page' : 'scripts, cards, entry pages'))],
	['precache, total', ...reports.map((report) => weight(report.precache))],
	['· pages', ...reports.map((report) => weight(report.precache.pages))],
	['· search (index, result texts, words)', ...reports.map((report) => weight(report.precache.search))],
	['· shell (scripts, styles, icons)', ...reports.map((report) => weight(report.precache.shell))],
	['every page of the site, for comparison', ...reports.map((report) => weight(report.allPages))],
	['first visit: to "Available offline"', ...reports.map((report) => `${(report.firstVisit.msToAvailable / 1000).toFixed(1)} s`)],
	[
		'first visit: transferred (page + worker)',
		...reports.map(
			(report) =>
				`${report.firstVisit.requests} requests, ${mb(report.firstVisit.transferredBytes)} (worker: ${report.firstVisit.serviceWorkerRequests}, ${mb(report.firstVisit.serviceWorkerBytes)})`,
		),
	],
	['offline: search results', ...reports.map((report) => `${report.offline.results} for “${report.offline.searchQuery}”`)],
	['offline: a page never visited', ...reports.map((report) => `${report.offline.unvisitedPage} shows “${report.offline.unvisitedShows}”`)],
];
console.log(
	`\n| offline desk mode | ${reports.map((report) => report.corpus).join(' | ')} |\n| --- |${reports.map(() => ' --- |').join('')}`,
);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'bench', 'results', 'offline.json'), `${JSON.stringify({ date: new Date().toISOString(), reports }, null, 2)}\n`);
console.log('\nWrote bench/results/offline.json');
