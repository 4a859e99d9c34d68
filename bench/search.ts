/**
 * `npm run bench:search [-- --handbook DIR | --no-handbook] [-- --runs R] [-- --no-build]`:
 * Rapport's search against plain Starlight's, on the same pages, in the same
 * run, through each site's own search box in Chromium.
 *
 * - Quality: the agent queries of bench/agent-queries.ts on the default
 *   playbook: the right page first (hit@1), in the first three (hit@3), and
 *   the first result opening at the right section (section hit@1).
 * - Speed: from the last keystroke to the results on screen, on the default
 *   playbook and on a big one (the 883-page handbook in ../shared/corpora).
 * - First search on a slow network (400 ms latency, 400 kbit/s each way): a
 *   fresh browser opens a page and, once it has loaded, the agent presses
 *   Ctrl+K and types at once; the time from Ctrl+K to the first results, and
 *   the bytes fetched meanwhile.
 * - Whether keys typed right after Ctrl+K on a page still loading are kept.
 *
 * Prints tables and writes bench/results/search.json. `--no-build` measures
 * the sites the last run built (in bench/.work/search/) again.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { findChromium } from '../src/browser/find-chromium.ts';
import { launchHeadless, serveBuiltSite, type ServedSite } from '../src/browser/headless.ts';
import { agentQueries } from './agent-queries.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const plainRoot = fileURLToPath(new URL('./plain-starlight/', import.meta.url));
const work = join(root, 'bench', '.work', 'search');
const { values } = parseArgs({
	options: {
		handbook: { type: 'string', default: resolve(root, '../shared/corpora/sourcegraph-handbook/content') },
		'no-handbook': { type: 'boolean', default: false },
		'no-build': { type: 'boolean', default: false },
		runs: { type: 'string', default: process.env['BENCH_RUNS'] ?? '3' },
	},
});
const runs = Number(values.runs);
const handbook = values['no-handbook'] || !existsSync(values.handbook) ? undefined : values.handbook;
const verbose = (...parts: unknown[]) => process.env['BENCH_VERBOSE'] && console.log(...parts);

/** Queries for the handbook: what someone at that company would look up (timing only: no expected pages). */
const handbookQueries = [
	'parental leave',
	'expense report',
	'on-call rotation',
	'code review',
	'security incident',
	'interview process',
	'onboarding buddy',
	'travel policy',
	'batch changes',
	'performance review',
	'time off',
	'laptop',
	'salary bands',
	'customer support',
	'release process',
	'incident response',
	'remote work',
	'onbaording',
	'expnese',
	'how do i request time off',
];

/** What the first result is, as the agent would open it. */
interface Top {
	/** The pages of the first three results. */
	pages: string[];
	/** Where the first result opens: its section's address, or its page's. */
	opens: string;
}

/** How one site searches: how to open it, type, and read what it shows. */
interface Site {
	name: string;
	root: string;
	input: string;
	/** Resolves in the page when the results for `query` are on screen, with {@link Top}. */
	resultsFor: (query: string) => string;
}

const rapport: Site = {
	name: 'Rapport',
	root,
	input: '#rapport-search-input',
	resultsFor: (query) => `new Promise((done) => {
		const list = () => document.querySelector('#rapport-search-results');
		const ready = () => list()?.dataset.query === ${JSON.stringify(query)};
		const top = () => {
			const items = [...document.querySelectorAll('.rapport-result')];
			return { pages: items.slice(0, 3).map((item) => item.dataset.url), opens: items[0]?.getAttribute('href') ?? '' };
		};
		if (ready()) return done(top());
		new MutationObserver((_, observer) => { if (ready()) { observer.disconnect(); done(top()); } })
			.observe(list(), { attributes: true, childList: true });
	})`,
};

const plain: Site = {
	name: 'Plain Starlight',
	root: plainRoot,
	input: '#starlight__search input',
	// Pagefind's UI says "N results for <query>" first, then fills in each result as its data arrives.
	// Its first result opens the page; the sections that matched are links nested under it.
	resultsFor: (query) => `new Promise((done) => {
		const message = () => document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		const links = () => [...document.querySelectorAll('.pagefind-ui__result-title .pagefind-ui__result-link')].filter((link) => !link.closest('.pagefind-ui__result-nested'));
		const ready = () => {
			if (!message().endsWith(${JSON.stringify(query)})) return false;
			const count = Number.parseInt(message(), 10) || 0;
			return links().length >= Math.min(3, count);
		};
		const top = () => {
			const first = document.querySelector('.pagefind-ui__result');
			const nested = first?.querySelector('.pagefind-ui__result-nested .pagefind-ui__result-link');
			const path = (link) => { const url = new URL(link.href); return url.pathname + url.hash; };
			return { pages: links().slice(0, 3).map((link) => new URL(link.href).pathname), opens: nested ? path(nested) : links()[0] ? path(links()[0]) : '' };
		};
		const check = (observer) => { if (ready()) { observer?.disconnect(); done(top()); } };
		check();
		new MutationObserver((_, observer) => check(observer)).observe(document.body, { subtree: true, childList: true, characterData: true });
	})`,
};

/** Builds `site` over `content` (the default playbook when absent) into `outDir`; returns the seconds it took. */
function build(site: Site, outDir: string, content?: string): number {
	if (values['no-build'] && existsSync(outDir)) return 0;
	const started = performance.now();
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(content ? { RAPPORT_PLAYBOOKS: content, BENCH_CONTENT: content } : {}) };
	const result = spawnSync(process.execPath, [join(root, 'bench', 'run-build.ts'), site.root, outDir], {
		encoding: 'utf8',
		env,
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`${site.name} build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	const seconds = (performance.now() - started) / 1000;
	console.log(`Built ${site.name} over ${content ?? 'the default playbook'} in ${seconds.toFixed(1)} s`);
	return seconds;
}

/** Types `query` into an open search and returns the milliseconds from its last keystroke to its results, and what they are. */
async function time(page: Page, site: Site, query: string): Promise<{ ms: number; top: Top }> {
	await page.fill(site.input, '');
	await page.locator(site.input).pressSequentially(query.slice(0, -1));
	// The clock starts when the last key goes down, as the agent sees it.
	await page.evaluate(`void (window.__benchResult = new Promise((resolve) => window.addEventListener('keydown', () => resolve(performance.now()), { once: true, capture: true }))
		.then(async (start) => { const top = await ${site.resultsFor(query)}; return { ms: performance.now() - start, top }; }))`);
	await page.keyboard.press(query.slice(-1));
	// A search box that never shows results for a query counts as a miss after 10 s, not a hang.
	const shown = page.evaluate<{ ms: number; top: Top }>('window.__benchResult');
	const timeout = new Promise<{ ms: number; top: Top }>((resolve) =>
		setTimeout(() => resolve({ ms: 10_000, top: { pages: [], opens: '' } }), 10_000),
	);
	return Promise.race([shown, timeout]);
}

/** Whether `text` typed the moment the page is parsed, right after Ctrl+K, all lands in the search box. */
async function keysKept(page: Page, address: string, site: Site, text: string): Promise<number> {
	await page.goto(address, { waitUntil: 'commit' });
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

async function openSearch(page: Page, address: string, site: Site): Promise<void> {
	await page.goto(address);
	await page.waitForLoadState('networkidle');
	await page.keyboard.press('Control+k');
	await page.waitForSelector(site.input, { state: 'visible' });
}

/** The slow network of the first-search measurement: 400 ms each way and 400 kbit/s, as on a poor mobile or remote-desktop link. */
const slowNetwork = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

/**
 * A fresh browser context (nothing cached) on the slow network opens
 * `address`; once it has loaded (and `readMs` later: the agent reads first),
 * the agent presses Ctrl+K and types `query`. Returns the milliseconds from the first key to the results, and
 * the bytes that arrived meanwhile.
 */
async function firstSearch(
	browser: Browser,
	site: Site,
	address: string,
	query: string,
	readMs: number,
): Promise<{ ms: number; kb: number }> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', slowNetwork);
		let counting = false;
		let bytes = 0;
		cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
			if (counting) bytes += event.encodedDataLength;
		});
		await page.goto(address, { waitUntil: 'load', timeout: 180_000 });
		await page.waitForTimeout(readMs);
		await page.evaluate(`void (window.__benchFirst = new Promise((resolve) => window.addEventListener('keydown', () => resolve(performance.now()), { once: true, capture: true }))
			.then(async (start) => { await ${site.resultsFor(query)}; return performance.now() - start; }))`);
		counting = true;
		await page.keyboard.press('Control+k');
		// Plain Starlight's box appears only once its search UI has loaded, and keys typed before are lost: type into it once it is there.
		await page.waitForSelector(site.input, { state: 'visible', timeout: 120_000 });
		await page.locator(site.input).pressSequentially(query);
		const ms = await page.evaluate<number>('window.__benchFirst');
		counting = false;
		return { ms, kb: bytes / 1024 };
	} finally {
		await context.close();
	}
}

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const percent = (part: number, whole: number) => Math.round((part / whole) * 1000) / 10;

/** How long the agent reads a page before the first search, in the second slow-network measurement. */
const readingMs = 5000;

/** The first search typed as soon as the page has loaded, and after reading it for {@link readingMs}. */
interface FirstSearches {
	atOnce: { ms: number; kb: number };
	afterReading: { ms: number; kb: number };
}

/** What the bench measured of one site. */
interface Report {
	hitAt1: number;
	hitAt3: number;
	sectionHitAt1: number;
	misses: string[];
	keysKept: string;
	playbook: { medianMs: number; p95Ms: number };
	handbook?: { medianMs: number; p95Ms: number };
	firstSearch: { playbook: FirstSearches; handbook?: FirstSearches };
}

/** Where the first result must open for `query`: its page, at its section when it names one. */
const expectedOpening = (query: (typeof agentQueries)[number]) => (query.section ? `${query.page}#${query.section}` : query.page);

async function measure(browser: Browser, site: Site, playbook: ServedSite, big: ServedSite | undefined): Promise<Report> {
	const page = await (await browser.newContext()).newPage();
	const probe = 'irate caller';
	const kept = await keysKept(page, playbook.url('/'), site, probe);
	await openSearch(page, playbook.url('/'), site);
	const timings: number[] = [];
	const misses: string[] = [];
	let hitAt1 = 0;
	let hitAt3 = 0;
	let sectionHitAt1 = 0;
	for (let run = 0; run < runs; run++) {
		for (const query of agentQueries) {
			const { ms, top } = await time(page, site, query.query);
			timings.push(ms);
			if (run > 0) continue;
			verbose(site.name, query.query, Math.round(ms), top.opens, top.pages.join(' '));
			if (ms >= 10_000) console.log(`${site.name} showed no results for "${query.query}" within 10 s`);
			if (top.pages[0] === query.page) hitAt1++;
			if (top.pages.includes(query.page)) hitAt3++;
			else misses.push(query.query);
			if (top.opens === expectedOpening(query)) sectionHitAt1++;
		}
	}
	const handbookTimes: number[] = [];
	if (big) {
		await openSearch(page, big.url('/'), site);
		for (let run = 0; run < runs; run++) for (const query of handbookQueries) handbookTimes.push((await time(page, site, query)).ms);
	}
	await page.context().close();
	const slow = async (served: ServedSite, query: string, readMs: number) => {
		const tries = [];
		for (let attempt = 0; attempt < 3; attempt++) {
			tries.push(await firstSearch(browser, site, served.url('/'), query, readMs));
			verbose(site.name, `first search on a slow network, ${readMs} ms after load`, tries.at(-1));
		}
		const middle = [...tries].sort((a, b) => a.ms - b.ms)[1] ?? { ms: NaN, kb: NaN };
		return { ms: Math.round(middle.ms), kb: Math.round(middle.kb) };
	};
	const firstSearches = async (served: ServedSite, query: string) => ({
		atOnce: await slow(served, query, 0),
		afterReading: await slow(served, query, readingMs),
	});
	const count = agentQueries.length;
	return {
		hitAt1: percent(hitAt1, count),
		hitAt3: percent(hitAt3, count),
		sectionHitAt1: percent(sectionHitAt1, count),
		misses,
		keysKept: `${kept}/${probe.length}`,
		playbook: { medianMs: Math.round(percentile(timings, 50)), p95Ms: Math.round(percentile(timings, 95)) },
		...(big ? { handbook: { medianMs: Math.round(percentile(handbookTimes, 50)), p95Ms: Math.round(percentile(handbookTimes, 95)) } } : {}),
		firstSearch: {
			playbook: await firstSearches(playbook, 'angry refund'),
			...(big ? { handbook: await firstSearches(big, 'parental leave') } : {}),
		},
	};
}

const browserPath = await findChromium();
if ('error' in browserPath) {
	console.error(browserPath.error);
	process.exit(1);
}
const outDir = (site: Site, corpus: string) => join(work, `${site === rapport ? 'rapport' : 'plain'}-${corpus}`);
const served = new Map<string, ServedSite>();
for (const site of [rapport, plain]) {
	build(site, outDir(site, 'playbook'));
	served.set(`${site.name} playbook`, await serveBuiltSite(site.root, outDir(site, 'playbook')));
	if (handbook) {
		build(site, outDir(site, 'handbook'), handbook);
		served.set(`${site.name} handbook`, await serveBuiltSite(site.root, outDir(site, 'handbook')));
	}
}
const browser = await launchHeadless(browserPath);
const report: Record<string, Report> = {};
try {
	for (const site of [rapport, plain]) {
		report[site.name] = await measure(browser, site, served.get(`${site.name} playbook`)!, served.get(`${site.name} handbook`));
	}
} finally {
	await browser.close();
	await Promise.all([...served.values()].map((server) => server.stop()));
}

const rows = Object.entries(report);
console.log(`\n${agentQueries.length} agent queries on the default playbook, through each site's search box in Chromium:\n`);
console.log('| search | right page first | in the first 3 | opens at the right section |');
console.log('| --- | --- | --- | --- |');
for (const [name, result] of rows) console.log(`| ${name} | ${result.hitAt1}% | ${result.hitAt3}% | ${result.sectionHitAt1}% |`);
console.log(`\nLast key to results on screen (${runs} runs), on loopback:\n`);
console.log('| search | default playbook, median / p95 | handbook, median / p95 | keys kept after Ctrl+K on load |');
console.log('| --- | --- | --- | --- |');
for (const [name, result] of rows) {
	const big = result.handbook ? `${result.handbook.medianMs} / ${result.handbook.p95Ms} ms` : 'not measured';
	console.log(`| ${name} | ${result.playbook.medianMs} / ${result.playbook.p95Ms} ms | ${big} | ${result.keysKept} |`);
}
console.log(
	'\nFirst search on a slow network (400 ms latency, 400 kbit/s): Ctrl+K to results, and the bytes that arrived meanwhile (median of 3):\n',
);
console.log(
	'| search | playbook, typed once loaded | playbook, typed after 5 s | handbook, typed once loaded | handbook, typed after 5 s |',
);
console.log('| --- | --- | --- | --- | --- |');
const shownFirst = (first: { ms: number; kb: number } | undefined) => (first ? `${first.ms} ms, ${first.kb} KB` : 'not measured');
for (const [name, { firstSearch: first }] of rows) {
	const cells = [first.playbook.atOnce, first.playbook.afterReading, first.handbook?.atOnce, first.handbook?.afterReading].map(shownFirst);
	console.log(`| ${name} | ${cells.join(' | ')} |`);
}
for (const [name, result] of rows)
	if (result.misses.length) console.log(`\n${name} missed (not in the first 3): ${result.misses.join(' · ')}`);
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
	new URL('./results/search.json', import.meta.url),
	`${JSON.stringify({ date: new Date().toISOString(), queries: agentQueries.length, handbook: handbook ?? null, runs, report }, null, 2)}\n`,
);
console.log('\nWrote bench/results/search.json');
