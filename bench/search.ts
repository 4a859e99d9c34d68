/**
 * `npm run bench:search`: Rapport's search against plain Starlight's, on the
 * same pages, in the same run. Builds the default playbook both ways, serves
 * both on loopback, and in Chromium times each query from its last keystroke
 * to its results on screen; counts the queries whose expected page is in the
 * first three; and checks whether keys typed right after the page loads are kept.
 * Prints a table and writes bench/results/search.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { findChromium } from '../src/browser/find-chromium.ts';
import { launchHeadless, serveBuiltSite, type ServedSite } from '../src/browser/headless.ts';
import { queries } from './search-queries.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const plainRoot = fileURLToPath(new URL('./plain-starlight/', import.meta.url));
const runs = Number(process.env['BENCH_RUNS'] ?? 3);

/** How one site searches: how to open it, type, and read what it shows. */
interface Site {
	name: string;
	root: string;
	input: string;
	/** Resolves in the page when the results for `query` are on screen; returns the first three result URLs. */
	resultsFor: (query: string) => string;
}

/** The home page of `site`, once it is served. */
const addressOf = (site: Site) => served.get(site)?.url('/') ?? '';

const verbose = (...parts: unknown[]) => process.env['BENCH_VERBOSE'] && console.log(...parts);

const rapport: Site = {
	name: 'Rapport',
	root,
	input: '#rapport-search-input',
	resultsFor: (query) => `new Promise((done) => {
		const ready = () => document.querySelector('#rapport-search-results')?.dataset.query === ${JSON.stringify(query)};
		const urls = () => [...document.querySelectorAll('.rapport-result')].slice(0, 3).map((item) => item.dataset.url);
		if (ready()) return done(urls());
		new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); done(urls()); } })
			.observe(document.querySelector('#rapport-search-results'), { attributes: true, childList: true });
	})`,
};

const plain: Site = {
	name: 'Plain Starlight',
	root: plainRoot,
	input: '#starlight__search input',
	// Pagefind's UI says "N results for <query>" first, then fills in each result as its data arrives.
	resultsFor: (query) => `new Promise((done) => {
		const message = () => document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		const links = () => [...document.querySelectorAll('.pagefind-ui__result-title .pagefind-ui__result-link')].filter((link) => !link.closest('.pagefind-ui__result-nested'));
		const ready = () => {
			if (!message().endsWith(${JSON.stringify(query)})) return false;
			const count = Number.parseInt(message(), 10) || 0;
			return links().length >= Math.min(3, count);
		};
		const urls = () => links().slice(0, 3).map((link) => new URL(link.href).pathname);
		const check = (observer) => { if (ready()) { observer?.disconnect(); done(urls()); } };
		check();
		new MutationObserver((_, observer) => check(observer)).observe(document.body, { subtree: true, childList: true, characterData: true });
	})`,
};

function build(site: Site): void {
	const started = performance.now();
	const result = spawnSync(process.execPath, [`${root}node_modules/astro/bin/astro.mjs`, 'build', '--root', site.root], {
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	if (result.status !== 0) throw new Error(`${site.name} build failed:\n${result.stdout}\n${result.stderr}`);
	console.log(`Built ${site.name} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Types `query` into a fresh search and returns the milliseconds from its last keystroke to its results, and the top three. */
async function time(page: Page, site: Site, query: string): Promise<{ ms: number; top: string[] }> {
	await page.fill(site.input, '');
	await page.type(site.input, query.slice(0, -1));
	// The clock starts when the last key goes down, as the agent sees it.
	await page.evaluate(`void (window.__benchResult = new Promise((resolve) => window.addEventListener('keydown', () => resolve(performance.now()), { once: true, capture: true }))
		.then(async (start) => { const top = await ${site.resultsFor(query)}; return { ms: performance.now() - start, top }; }))`);
	await page.keyboard.press(query.slice(-1));
	verbose(site.name, 'typed', query);
	return page.evaluate('window.__benchResult') as Promise<{ ms: number; top: string[] }>;
}

/** Whether `text` typed the moment the page is parsed, right after Ctrl+K, all lands in the search box. */
async function keysKept(page: Page, site: Site, text: string): Promise<number> {
	await page.goto(addressOf(site), { waitUntil: 'commit' });
	await page.waitForSelector('header', { state: 'attached' });
	await page.keyboard.press('Control+k');
	await page.keyboard.type(text);
	await page.waitForTimeout(3000);
	const value = await page
		.locator(site.input)
		.inputValue()
		.catch(() => '');
	let kept = 0;
	while (kept < text.length && value[kept] === text[kept]) kept++;
	return kept;
}

async function open(page: Page, site: Site): Promise<void> {
	await page.goto(addressOf(site));
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Control+k');
	await page.waitForSelector(site.input, { state: 'visible' });
	verbose(site.name, 'search open');
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

const browserPath = await findChromium();
if ('error' in browserPath) {
	console.error(browserPath.error);
	process.exit(1);
}
build(rapport);
build(plain);
const served = new Map<Site, ServedSite>();
for (const site of [rapport, plain]) served.set(site, await serveBuiltSite(site.root));
const browser = await launchHeadless(browserPath);
const report: Record<string, { medianMs: number; p95Ms: number; hitRateTop3: number; keysKept: string; misses: string[] }> = {};
try {
	for (const site of [rapport, plain]) {
		const page = await (await browser.newContext()).newPage();
		const probe = 'irate caller';
		const kept = await keysKept(page, site, probe);
		verbose(site.name, 'keys kept', kept);
		await open(page, site);
		const timings: number[] = [];
		const misses: string[] = [];
		for (let run = 0; run < runs; run++) {
			for (const [query, expected] of queries) {
				const { ms, top } = await time(page, site, query);
				verbose(site.name, query, Math.round(ms), top.join(' '));
				timings.push(ms);
				if (run === 0 && !top.includes(expected)) misses.push(query);
			}
		}
		report[site.name] = {
			medianMs: Math.round(percentile(timings, 50)),
			p95Ms: Math.round(percentile(timings, 95)),
			hitRateTop3: Math.round(((queries.length - misses.length) / queries.length) * 100),
			keysKept: `${kept}/${probe.length}`,
			misses,
		};
	}
} finally {
	await browser.close();
	await Promise.all([...served.values()].map((server) => server.stop()));
}

console.log(`\nKey to results, ${queries.length} queries × ${runs} runs, default playbook, Chromium on loopback:\n`);
console.log('| search | median | p95 | right page in top 3 | keys kept after Ctrl+K on load |');
console.log('| --- | --- | --- | --- | --- |');
for (const [name, result] of Object.entries(report)) {
	console.log(`| ${name} | ${result.medianMs} ms | ${result.p95Ms} ms | ${result.hitRateTop3}% | ${result.keysKept} |`);
}
for (const [name, result] of Object.entries(report)) {
	if (result.misses.length) console.log(`\n${name} missed: ${result.misses.join(', ')}`);
}
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
	new URL('./results/search.json', import.meta.url),
	`${JSON.stringify({ date: new Date().toISOString(), queries: queries.length, runs, report }, null, 2)}\n`,
);
console.log('\nWrote bench/results/search.json');
