/**
 * `npm run bench [-- N] [-- --corpus DIR]`: builds one corpus with Rapport and
 * with plain Starlight (Astro's default Markdown processor) in the same run, and
 * prints build seconds and their ratio, peak memory, a rebuild after changing
 * one page, median HTML per page (raw and gzipped), JavaScript per page and
 * the Pagefind index size. The corpus is a generated N-page playbook using
 * every block (default 1000), or any folder of Markdown (`--corpus`).
 * Writes bench/results/build-<name>.json too.
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
const { values, positionals } = parseArgs({ allowPositionals: true, options: { corpus: { type: 'string' } } });

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

console.log(`Corpus: ${name} (${source ?? 'generated'}, built from a copy in ${corpus})`);
mkdirSync(work, { recursive: true });
const outRapport = join(work, `${name}-rapport`);
const outPlain = join(work, `${name}-plain`);
// Clean builds first: no content cache from earlier runs.
for (const cache of [join(root, 'node_modules', '.astro'), join(root, 'bench', 'plain-starlight', 'node_modules', '.astro')]) {
	rmSync(cache, { recursive: true, force: true });
}
const plain = build('plain', outPlain);
console.log(`Plain Starlight: ${plain.seconds.toFixed(1)} s`);
const rapport = build('rapport', outRapport);
console.log(`Rapport: ${rapport.seconds.toFixed(1)} s`);
appendFileSync(somePage(corpus), '\n\nOne more line, changed for the rebuild measurement.\n');
const rebuild = build('rapport', outRapport);
console.log(`Rapport, one page changed: ${rebuild.seconds.toFixed(1)} s`);

const weights = { rapport: weigh(outRapport), plain: weigh(outPlain) };
const rows: [string, string, string][] = [
	['pages built', String(weights.rapport.pages), String(weights.plain.pages)],
	['build (clean)', `${rapport.seconds.toFixed(1)} s`, `${plain.seconds.toFixed(1)} s`],
	['build ratio, Rapport ÷ plain', (rapport.seconds / plain.seconds).toFixed(2), '1.00'],
	[
		'rebuild, one page changed',
		`${rebuild.seconds.toFixed(1)} s (${((rebuild.seconds / rapport.seconds) * 100).toFixed(0)}% of clean)`,
		'–',
	],
	['peak memory', `${rapport.maxRssMb} MB`, `${plain.maxRssMb} MB`],
	['median HTML per page', `${weights.rapport.htmlKb.toFixed(1)} KB`, `${weights.plain.htmlKb.toFixed(1)} KB`],
	['median HTML per page, gzipped', `${weights.rapport.htmlGzKb.toFixed(1)} KB`, `${weights.plain.htmlGzKb.toFixed(1)} KB`],
	['median JavaScript per page', `${weights.rapport.jsKb.toFixed(1)} KB`, `${weights.plain.jsKb.toFixed(1)} KB`],
	['Pagefind index', `${weights.rapport.pagefindMb.toFixed(1)} MB`, `${weights.plain.pagefindMb.toFixed(1)} MB`],
];
console.log(`\n| ${name} | Rapport | plain Starlight |\n| --- | --- | --- |`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
writeFileSync(
	join(root, 'bench', 'results', `build-${name}.json`),
	`${JSON.stringify({ date: new Date().toISOString(), corpus: name, rapport: { ...rapport, rebuild, ...weights.rapport }, plain: { ...plain, ...weights.plain } }, null, 2)}\n`,
);
console.log(`\nWrote bench/results/build-${name}.json`);
