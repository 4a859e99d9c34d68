import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';
import { VFile } from 'vfile';
import { pagePattern, pageRoute } from '../content/page-route.ts';
import { report } from '../directives/problems.ts';
import type { RapportOptions } from '../options.ts';
import { reservedRouteOf, reservedRoutes } from '../routes/reserved.ts';
import { findingsOf, sortFindings, type Finding } from './findings.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { lintPage, type PageLint } from './lint-page.ts';
import { checkReferences } from './links.ts';

/** What {@link lintPlaybook} needs. */
export interface LintOptions extends Pick<RapportOptions, 'playbooks' | 'reviewAfterDays' | 'avoidWords'> {
	/** Project root; paths in findings are relative to it. */
	root: string;
	/** "Today", for review dates (tests pin it). */
	now?: Date;
}

/** Checks every page of the playbook, and what no page can see alone; returns the findings in file order. */
export async function lintPlaybook(options: LintOptions): Promise<Finding[]> {
	const folder = resolve(options.root, options.playbooks);
	const paths = (await glob(pagePattern, { cwd: folder, absolute: true })).sort();
	const now = options.now ?? new Date();
	const pages = await Promise.all(
		paths.map(async (path) =>
			lintPage(path, await readFile(path, 'utf8'), { reviewAfterDays: options.reviewAfterDays, avoidWords: options.avoidWords, now }),
		),
	);
	checkCardIds(pages, options.root);
	for (const page of pages) {
		checkRoute(page, folder);
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

/** Card ids name print pages (`/cards/<id>/`), so they are unique across the playbook. */
function checkCardIds(pages: PageLint[], root: string): void {
	const first = new Map<string, { page: PageLint; line: number }>();
	for (const page of pages) {
		for (const block of page.blocks.filter((placed) => placed.name === 'card')) {
			const line = block.node.position?.start.line ?? 1;
			const earlier = first.get(block.id);
			if (!earlier) {
				first.set(block.id, { page, line });
			} else if (earlier.page !== page) {
				report(page.file, block.node, {
					rule: 'card/duplicate-id',
					reason: `Unexpected card id \`${block.id}\`: ${relative(root, earlier.page.file.path)}:${earlier.line} has a card with that id too, and both would print at /cards/${block.id}/.`,
					fix: `Give one of them its own id, e.g. \`{#${block.id}-2}\`.`,
				});
			}
		}
	}
}

/** A page may not take a route Rapport generates. */
function checkRoute(page: PageLint, folder: string): void {
	const slug = page.frontmatter['slug'];
	const route = typeof slug === 'string' ? slug.replace(/^\/|\/$/g, '') : pageRoute(relative(folder, page.file.path).split('\\').join('/'));
	const reserved = reservedRouteOf(route);
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
