/**
 * The review queue: every page of the playbook with its owner, when it was
 * last reviewed and when it is due again, pages past due (or never reviewed)
 * first. `npm run check -- --due` prints it; the `/review/` page shows it.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { glob } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { frontmatterBlock } from '../content/frontmatter-block.ts';
import { humanize, pagePattern } from '../content/page-route.ts';
import { isoDate } from '../content/review.ts';

const dayMs = 24 * 60 * 60 * 1000;

/** One page in the review queue. */
export interface ReviewEntry {
	/** The page's file, relative to the project root (`playbooks/refunds.md`). */
	file: string;
	title: string;
	/** Who keeps the page true; undefined when the page names nobody. */
	owner: string | undefined;
	/** When the owner last checked it; undefined when the page has no (valid) `reviewed` date. */
	reviewed: Date | undefined;
	/** When it is due again: `reviewed` plus the review age; undefined without a review date. */
	due: Date | undefined;
	/** Past due, or never reviewed: the owner must look at it. */
	overdue: boolean;
}

/** What {@link reviewQueue} reads. */
export interface ReviewQueueOptions {
	/** Project root: files are named relative to it. */
	root: string;
	/** The playbook folder, relative to the root or absolute. */
	playbooks: string;
	/** Days a review lasts. */
	reviewAfterDays: number;
	/** "Today". */
	now: Date;
}

/** Every page with its owner and dates: overdue first (longest overdue first, never reviewed before all), then by due date. */
export async function reviewQueue(options: ReviewQueueOptions): Promise<ReviewEntry[]> {
	const folder = resolve(options.root, options.playbooks);
	const paths = (await glob(pagePattern, { cwd: folder, absolute: true })).sort();
	const entries = await Promise.all(
		paths.map(async (path) => entryOf(relative(options.root, path).split('\\').join('/'), await readFile(path, 'utf8'), options)),
	);
	const order = (entry: ReviewEntry) => entry.due?.getTime() ?? Number.NEGATIVE_INFINITY;
	return entries.sort((a, b) => Number(b.overdue) - Number(a.overdue) || order(a) - order(b) || a.file.localeCompare(b.file));
}

/** The page's entry, from its frontmatter (a page whose frontmatter cannot be read has no owner and no date: `npm run check` says why). */
export function entryOf(
	file: string,
	contents: string,
	{ reviewAfterDays, now }: Pick<ReviewQueueOptions, 'reviewAfterDays' | 'now'>,
): ReviewEntry {
	const data = frontmatterData(contents);
	const title = typeof data['title'] === 'string' && data['title'].trim() ? data['title'].trim() : humanize(file.split('/').at(-1) ?? file);
	const owner = typeof data['owner'] === 'string' && data['owner'].trim() ? data['owner'].trim() : undefined;
	const written = data['reviewed'];
	const date = written instanceof Date ? written : typeof written === 'string' ? new Date(written.trim()) : undefined;
	const reviewed = date && !Number.isNaN(date.getTime()) ? date : undefined;
	const due = reviewed ? new Date(reviewed.getTime() + reviewAfterDays * dayMs) : undefined;
	return { file, title, owner, reviewed, due, overdue: !due || due.getTime() < now.getTime() };
}

/**
 * The pages someone must look at, one line each: past due or never reviewed
 * (`playbooks/a.md: Support leads, due since 2026-05-30`), and pages with no
 * owner (`playbooks/b.md: no owner, due 2027-05-29`).
 */
export function dueLines(entries: readonly ReviewEntry[]): string[] {
	return entries
		.filter((entry) => entry.overdue || !entry.owner)
		.map((entry) => {
			const when = !entry.due ? 'no review date' : `${entry.overdue ? 'due since' : 'due'} ${isoDate(entry.due)}`;
			return `${entry.file}: ${entry.owner ?? 'no owner'}, ${when}`;
		});
}

function frontmatterData(contents: string): Record<string, unknown> {
	const block = frontmatterBlock(contents);
	if (!block) return {};
	try {
		const data: unknown = block.toml ? parseToml(block.yaml) : parseYaml(block.yaml);
		return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
	} catch {
		return {};
	}
}
