/**
 * The review queue: every page of the playbook with its owner, when it was
 * last reviewed and when it is due again, pages past due (or never reviewed)
 * first. `npm run check -- --due` prints it (in English: it is for the team);
 * the `/review/` page of each language shows that language's pages.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { glob } from 'tinyglobby';
import { parse as parseYaml } from 'yaml';
import { frontmatterBlock } from '../content/frontmatter-block.ts';
import { humanize, pagePattern } from '../content/page-route.ts';
import { dayMs, isoDate } from '../content/review.ts';

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

/** Every page with its owner and dates, read from the files, in {@link byUrgency} order. */
export async function reviewQueue(options: ReviewQueueOptions): Promise<ReviewEntry[]> {
	const folder = resolve(options.root, options.playbooks);
	const paths = (await glob(pagePattern, { cwd: folder, absolute: true })).sort();
	const entries = await Promise.all(
		paths.map(async (path) => entryOf(relative(options.root, path).split('\\').join('/'), await readFile(path, 'utf8'), options)),
	);
	return byUrgency(entries);
}

/** Overdue first (never reviewed before all, then longest overdue), then by due date, then by file. */
export function byUrgency<T extends ReviewEntry>(entries: readonly T[]): T[] {
	const order = (entry: ReviewEntry) => entry.due?.getTime() ?? Number.NEGATIVE_INFINITY;
	return [...entries].sort((a, b) => Number(b.overdue) - Number(a.overdue) || order(a) - order(b) || a.file.localeCompare(b.file));
}

/** The page's entry, from its frontmatter (a page whose frontmatter cannot be read has no owner and no date: `npm run check` says why). */
export function entryOf(file: string, contents: string, options: Pick<ReviewQueueOptions, 'reviewAfterDays' | 'now'>): ReviewEntry {
	const data = frontmatterData(contents);
	const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
	const written = data['reviewed'];
	const reviewed = written instanceof Date ? written : typeof written === 'string' ? new Date(written.trim()) : undefined;
	return reviewEntry(
		{ file, title: text(data['title']) ?? humanize(file.split('/').at(-1) ?? file), owner: text(data['owner']), reviewed },
		options,
	);
}

/** The entry of a page whose owner and review date are known (`reviewed` may be an invalid date: none). */
export function reviewEntry(
	page: { file: string; title: string; owner: string | undefined; reviewed: Date | undefined },
	{ reviewAfterDays, now }: Pick<ReviewQueueOptions, 'reviewAfterDays' | 'now'>,
): ReviewEntry {
	const reviewed = page.reviewed && !Number.isNaN(page.reviewed.getTime()) ? page.reviewed : undefined;
	const due = reviewed ? new Date(reviewed.getTime() + reviewAfterDays * dayMs) : undefined;
	return { ...page, reviewed, due, overdue: !due || due.getTime() < now.getTime() };
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

/** One owner's share of the queue. */
export interface OwnerCount {
	/** The owner, or undefined for pages nobody owns. */
	owner: string | undefined;
	pages: number;
	overdue: number;
}

/** Pages and overdue pages per owner: most overdue first, pages nobody owns last. */
export function ownerCounts(entries: readonly ReviewEntry[]): OwnerCount[] {
	const counts = new Map<string | undefined, OwnerCount>();
	for (const entry of entries) {
		const count = counts.get(entry.owner) ?? { owner: entry.owner, pages: 0, overdue: 0 };
		count.pages++;
		if (entry.overdue) count.overdue++;
		counts.set(entry.owner, count);
	}
	return [...counts.values()].sort(
		(a, b) =>
			Number(a.owner === undefined) - Number(b.owner === undefined) ||
			b.overdue - a.overdue ||
			(a.owner ?? '').localeCompare(b.owner ?? ''),
	);
}

/** How a page stands on a day: no review date, overdue by some days, or due in some days. */
export type DueStatus = { state: 'undated' } | { state: 'overdue' | 'due'; days: number };

/** Where `due` stands on `now`: overdue by whole days past, or due in days to come (a part day counts). */
export function dueStatus(due: Date | undefined, now: Date): DueStatus {
	if (!due) return { state: 'undated' };
	const days = (due.getTime() - now.getTime()) / dayMs;
	return due < now ? { state: 'overdue', days: Math.floor(-days) } : { state: 'due', days: Math.ceil(days) };
}

/**
 * The queue as CSV (RFC 4180: quoted where needed), one row per page, with
 * the page's address from `addressOf`, and its language from `langOf` when
 * given (a last column, `lang`, for a playbook in several languages).
 */
export function reviewCsv<T extends ReviewEntry>(
	entries: readonly T[],
	addressOf: (entry: T) => string,
	langOf?: (entry: T) => string,
): string {
	const cell = (value: string) => (/[",\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	const rows = [
		['file', 'title', 'address', 'owner', 'reviewed', 'due', 'status', ...(langOf ? ['lang'] : [])],
		...entries.map((entry) => [
			entry.file,
			entry.title,
			addressOf(entry),
			entry.owner ?? '',
			entry.reviewed ? isoDate(entry.reviewed) : '',
			entry.due ? isoDate(entry.due) : '',
			!entry.due ? 'no review date' : entry.overdue ? 'overdue' : 'ok',
			...(langOf ? [langOf(entry)] : []),
		]),
	];
	return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
