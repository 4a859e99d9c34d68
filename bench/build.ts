/**
 * `npm run bench [-- N] [-- --corpus DIR] [-- --runs R]`: builds one corpus
 * with Rapport and with plain Starlight (Astro's default Markdown processor) in
 * the same run, and prints build seconds and their ratio, peak memory, a
 * rebuild after changing one page, median HTML per page (raw and gzipped),
 * JavaScript per page and the Pagefind index size. The corpus is a generated
 * N-page playbook using every block (default 1000), or any folder of Markdown
 * (`--corpus`). With `--runs R` each build is done R times (taking turns) and
 * the median is shown with the range: peak memory varies by a few hundred MB
 * from run to run. Writes bench/results/build-<name>.json too.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { generateCorpus } from './generate-corpus.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const work = join(root, 'bench', '.work');
const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { corpus: { type: 'string' }, runs: { type: 'string', default: '1' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number, 1 or more; got ${values.runs}`);

const pages = Number(positionals[0] ?? 1000);
const source = values.corpus ? resolve(values.corpus) : undefined;
if (source && !existsSync(source)) throw new Error(`No folder at ${source}`);
const name = source ? basename(source) : `generated-${pages}`;
// The builds read a working copy: measuring a rebuild changes a page, and the given folder is not ours to change.
const corpus = join(work, 'corpus', name);
if (source) {
	rmSync(corpus, { recursive: true, force: true });
	cpSync(source, corpus, { recursive: true });
} else {
	generateCorpus(corpus, pages);
}

interface Measured {
	seconds: number;
	maxRssMb: number;
}

/** Builds `site` over the corpus in a fresh process; returns its time and peak memory. */
function build(site: 'rapport' | 'plain', outDir: string): Measured {
	const siteRoot = site === 'rapport' ? root : join(root, 'bench', 'plain-starlight');
	const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', RAPPORT_PLAYBOOKS: corpus, BENCH_CONTENT: corpus };
	const result = spawnSync(process.execPath, [join(root, 'bench', 'run-build.ts'), siteRoot, outDir], {
		encoding: 'utf8',
		env,
		maxBuffer: 64 * 1024 * 1024,
	});
	const last = result.stdout.trim().split('\n').at(-1) ?? '';
	if (result.status !== 0 || !last.startsWith('{'))
		throw new Error(`${site} build failed:\n${result.stdout.slice(-4000)}\n${result.stderr.slice(-4000)}`);
	return JSON.parse(last) as Measured;
}

function htmlFiles(folder: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') files.push(...htmlFiles(path));
		else if (entry.name.endsWith('.html')) files.push(path);
	}
	return files;
}

function folderBytes(folder: string): number {
	if (!existsSync(folder)) return 0;
	return readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
		const path = join(folder, entry.name);
		return total + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
	}, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** Page weight of a built site: median HTML (raw, gzipped) and JavaScript a page loads, and the search index. */
function weigh(outDir: string) {
	const pagesHtml = htmlFiles(outDir);
	const scriptSize = new Map<string, number>();
	const jsPerPage = pagesHtml.map((file) => {
		const html = readFileSync(file, 'utf8');
		const external = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((total, [, src]) => {
			if (!src?.startsWith('/')) return total;
			if (!scriptSize.has(src)) scriptSize.set(src, existsSync(join(outDir, src)) ? statSync(join(outDir, src)).size : 0);
			return total + (scriptSize.get(src) ?? 0);
		}, 0);
		const inline = [...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].reduce(
			(total, [, body]) => total + (body?.length ?? 0),
			0,
		);
		return external + inline;
	});
	const sizes = pagesHtml.map((file) => readFileSync(file));
	return {
		pages: pagesHtml.length,
		htmlKb: median(sizes.map((html) => html.length)) / 1024,
		htmlGzKb: median(sizes.map((html) => gzipSync(html).length)) / 1024,
		jsKb: median(jsPerPage) / 1024,
		pagefindMb: folderBytes(join(outDir, 'pagefind')) / 1024 / 1024,
	};
}

/** A page of the corpus to change for the rebuild measurement. */
function somePage(folder: string): string {
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isFile() && entry.name.endsWith('.md')) return path;
		if (entry.isDirectory()) {
			const found = somePage(path);
			if (found) return found;
		}
	}
	return '';
}

console.log(`Corpus: ${name} (${source ?? 'generated'}, built from a copy in ${corpus}), ${runs} run${runs === 1 ? '' : 's'}`);
mkdirSync(work, { recursive: true });
const outRapport = join(work, `${name}-rapport`);
const outPlain = join(work, `${name}-plain`);
const caches = [join(root, 'node_modules', '.astro'), join(root, 'bench', 'plain-starlight', 'node_modules', '.astro')];
const measured: { plain: Measured[]; rapport: Measured[]; rebuild: Measured[] } = { plain: [], rapport: [], rebuild: [] };
for (let run = 1; run <= runs; run++) {
	// Clean builds first: no content cache from earlier runs.
	for (const cache of caches) rmSync(cache, { recursive: true, force: true });
	measured.plain.push(build('plain', outPlain));
	measured.rapport.push(build('rapport', outRapport));
	appendFileSync(somePage(corpus), `\n\nOne more line, changed for the rebuild measurement (run ${run}).\n`);
	measured.rebuild.push(build('rapport', outRapport));
	const [plain, rapport, rebuild] = [measured.plain.at(-1), measured.rapport.at(-1), measured.rebuild.at(-1)];
	console.log(
		`Run ${run}: plain Starlight ${plain?.seconds.toFixed(1)} s, ${plain?.maxRssMb} MB; Rapport ${rapport?.seconds.toFixed(1)} s, ${rapport?.maxRssMb} MB; one page changed ${rebuild?.seconds.toFixed(1)} s`,
	);
}

/** The median of each measure over the runs, with its range. */
function summary(list: Measured[]) {
	const seconds = list.map((item) => item.seconds);
	const memory = list.map((item) => item.maxRssMb);
	return {
		seconds: median(seconds),
		maxRssMb: median(memory),
		range: { seconds: [Math.min(...seconds), Math.max(...seconds)], maxRssMb: [Math.min(...memory), Math.max(...memory)] },
	};
}
const plain = summary(measured.plain);
const rapport = summary(measured.rapport);
const rebuild = summary(measured.rebuild);
const spread = (value: string, [low, high]: number[], digits: number) =>
	runs === 1 ? value : `${value} (${low?.toFixed(digits)}–${high?.toFixed(digits)})`;

const weights = { rapport: weigh(outRapport), plain: weigh(outPlain) };
const rows: [string, string, string][] = [
	['pages built', String(weights.rapport.pages), String(weights.plain.pages)],
	[
		'build (clean)',
		spread(`${rapport.seconds.toFixed(1)} s`, rapport.range.seconds, 1),
		spread(`${plain.seconds.toFixed(1)} s`, plain.range.seconds, 1),
	],
	['build ratio, Rapport ÷ plain', (rapport.seconds / plain.seconds).toFixed(2), '1.00'],
	[
		'rebuild, one page changed',
		`${spread(`${rebuild.seconds.toFixed(1)} s`, rebuild.range.seconds, 1)}, ${((rebuild.seconds / rapport.seconds) * 100).toFixed(0)}% of clean`,
		'–',
	],
	['peak memory', spread(`${rapport.maxRssMb} MB`, rapport.range.maxRssMb, 0), spread(`${plain.maxRssMb} MB`, plain.range.maxRssMb, 0)],
	['median HTML per page', `${weights.rapport.htmlKb.toFixed(1)} KB`, `${weights.plain.htmlKb.toFixed(1)} KB`],
	['median HTML per page, gzipped', `${weights.rapport.htmlGzKb.toFixed(1)} KB`, `${weights.plain.htmlGzKb.toFixed(1)} KB`],
	['median JavaScript per page', `${weights.rapport.jsKb.toFixed(1)} KB`, `${weights.plain.jsKb.toFixed(1)} KB`],
	['Pagefind index', `${weights.rapport.pagefindMb.toFixed(1)} MB`, `${weights.plain.pagefindMb.toFixed(1)} MB`],
];
console.log(`\n| ${name}${runs === 1 ? '' : `, median of ${runs} runs (range)`} | Rapport | plain Starlight |\n| --- | --- | --- |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
	join(root, 'bench', 'results', `build-${name}.json`),
	`${JSON.stringify({ date: new Date().toISOString(), corpus: name, runs, measured, rapport: { ...rapport, rebuild, ...weights.rapport }, plain: { ...plain, ...weights.plain } }, null, 2)}\n`,
);
console.log(`\nWrote bench/results/build-${name}.json`);
