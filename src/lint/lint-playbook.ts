import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { VFile } from 'vfile';
import { blocks } from '../blocks/index.ts';
import { pagePattern, pageRoute } from '../content/page-route.ts';
import { report } from '../directives/problems.ts';
import type { AvoidWordsOption } from '../i18n/language-options.ts';
import { localeOfPath, type PlaybookLocales } from '../i18n/locales.ts';
import { siteI18n, type SiteI18n } from '../i18n/site-i18n.ts';
import type { RapportOptions } from '../options.ts';
import { reservedRouteOf, reservedRoutes } from '../routes/reserved.ts';
import { renderKey } from '../integration/render-key.ts';
import { findingsOf, sortFindings, type Finding } from './findings.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { LintCache } from './lint-cache.ts';
import { lintPage, type PageLint } from './lint-page.ts';
import { checkReferences } from './links.ts';
import { checkTranslations } from './translations.ts';

/** What {@link lintPlaybook} needs. */
export interface LintOptions
	extends Pick<RapportOptions, 'playbooks' | 'reviewAfterDays' | 'avoidWords'>, Partial<Pick<RapportOptions, 'rawHtml'>> {
	/** Project root; paths in findings are relative to it. */
	root: string;
	/** The playbook's languages (Starlight's `locales`) and Rapport's strings (default: English only). */
	i18n?: SiteI18n;
	/** "Today", for review dates (tests pin it). */
	now?: Date;
	/** A file to keep each page's findings in between runs, so unchanged pages are not parsed again. */
	cacheFile?: string;
}

/** Checks every page of the playbook, and what no page can see alone; returns the findings in file order. */
export async function lintPlaybook(options: LintOptions): Promise<Finding[]> {
	const folder = resolve(options.root, options.playbooks);
	const paths = (await glob(pagePattern, { cwd: folder, absolute: true })).sort();
	const now = options.now ?? new Date();
	const i18n = options.i18n ?? siteI18n();
	const pageOptions = {
		reviewAfterDays: options.reviewAfterDays,
		avoidWords: options.avoidWords,
		i18n,
		rawHtml: options.rawHtml ?? true,
		now,
	};
	const cache = options.cacheFile ? await LintCache.open(options.cacheFile, cacheKey(pageOptions)) : undefined;
	// One page at a time: parsing them all at once held every page's syntax tree in memory together.
	const pages: PageLint[] = [];
	for (const path of paths) {
		const contents = await readFile(path, 'utf8');
		const restored = cache?.restore(path, contents);
		const page = restored ?? (await lintPage(path, contents, { ...pageOptions, playbooks: folder }));
		if (!restored) cache?.keep(page, contents);
		pages.push(page);
	}
	await cache?.save();
	// Ids need only be unique within a language: a translation keeps its original's.
	for (const locale of i18n.locales.all) {
		checkAcrossPages(
			pages.filter((page) => localeOfPath(relative(folder, page.file.path), i18n.locales) === locale),
			options.root,
		);
	}
	// On every run, cached or not: a translation is out of date when its original changes, though its own file did not.
	checkTranslations(pages, folder, options.root, i18n.locales);
	checkSharedRoutes(pages, folder, options.root);
	for (const page of pages) {
		checkRoute(page, folder, i18n.locales);
		checkReferences(page, options.root);
	}
	return sortFindings(pages.flatMap((page) => findingsOf(page.file, options.root)));
}

/**
 * Checks only the frontmatter of every page: quick (no Markdown is parsed), so a
 * build can run it before Astro validates the same fields with less precise errors.
 */
export async function lintFrontmatter(options: LintOptions): Promise<Finding[]> {
	const folder = resolve(options.root, options.playbooks);
	const paths = (await glob(pagePattern, { cwd: folder, absolute: true })).sort();
	const now = options.now ?? new Date();
	const files = await Promise.all(
		paths.map(async (path) => {
			const file = new VFile({ path });
			checkFrontmatter(await readFile(path, 'utf8'), file, { reviewAfterDays: options.reviewAfterDays, now });
			return file;
		}),
	);
	return sortFindings(files.flatMap((file) => findingsOf(file, options.root)));
}

/** What a page's findings depend on besides its own text: Rapport itself, its options and the day. */
function cacheKey({
	reviewAfterDays,
	avoidWords,
	i18n,
	rawHtml,
	now,
}: {
	reviewAfterDays: number;
	avoidWords: AvoidWordsOption | undefined;
	i18n: SiteI18n;
	rawHtml: boolean;
	now: Date;
}): string {
	return JSON.stringify([renderKey(), reviewAfterDays, avoidWords ?? null, i18n.locales, rawHtml, now.toISOString().slice(0, 10)]);
}

/** Each block's checks across pages, given every page's blocks of its name. */
function checkAcrossPages(pages: PageLint[], root: string): void {
	for (const block of blocks) {
		if (!block.checkAcrossPages) continue;
		block.checkAcrossPages(
			pages.map((page) => ({ file: page.file, blocks: page.blocks.filter((placed) => placed.name === block.name) })),
			{ root },
		);
	}
}

/** The route a page is published at: its frontmatter `slug`, else its path in the playbook, slugged. */
function routeOf(page: PageLint, folder: string): string {
	return page.slug?.replace(/^\/|\/$/g, '') ?? pageRoute(relative(folder, page.file.path).split('\\').join('/'));
}

/** Two pages on one route: Astro would publish one and drop the other. */
function checkSharedRoutes(pages: PageLint[], folder: string, root: string): void {
	const first = new Map<string, PageLint>();
	for (const page of pages) {
		const route = routeOf(page, folder);
		const earlier = first.get(route);
		if (!earlier) {
			first.set(route, page);
			continue;
		}
		const start = { line: 1, column: 1 };
		report(
			page.file,
			{ type: 'root', position: { start, end: start } },
			{
				rule: 'routes/duplicate',
				reason: `Unexpected second page at \`/${route}${route ? '/' : ''}\`: ${relative(root, earlier.file.path)} is published there too, and only one of them would be.`,
				fix: 'Rename one of the files, or give one of them its own `slug` in its frontmatter.',
			},
		);
	}
}

/** A page may not take a route Rapport generates, in any language (`/cards/`, `/fr/cards/`). */
function checkRoute(page: PageLint, folder: string, locales: PlaybookLocales): void {
	const route = routeOf(page, folder);
	const reserved = reservedRouteOf(route, locales);
	if (!reserved) return;
	const start = { line: 1, column: 1 };
	report(
		page.file,
		{ type: 'root', position: { start, end: start } },
		{
			rule: 'routes/reserved',
			reason: `Unexpected page at \`/${route}/\`: Rapport makes that route for ${reservedRoutes[reserved]}.`,
			fix: `Rename the file or its folder (e.g. \`desk-${reserved}\`), or give it another \`slug\` in its frontmatter.`,
		},
	);
}
