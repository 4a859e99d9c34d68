/**
 * Searches that found nothing, kept in this browser (local storage, through
 * the shared browser state) so the playbook's owners can see what agents look
 * for and the playbook lacks; optionally sent to the team's own endpoint.
 */
import { storedValue } from '../client/browser-state.ts';

/** One query that found nothing: how often, and when last. */
export interface SearchGap {
	query: string;
	count: number;
	last: string;
}

/** Gaps kept at most (the most frequent, then the most recent, stay). */
const maxGaps = 200;
/** A query is kept to this many characters. */
const maxQueryChars = 120;

const stored = storedValue<SearchGap[]>('local', 'rapport:search-gaps', gapsOf, () => []);

/** Valid gaps among what was stored; anything else (`[null]`, a number) is dropped. */
function gapsOf(raw: unknown): SearchGap[] | undefined {
	if (!Array.isArray(raw)) return undefined;
	return raw.flatMap((gap: unknown) => {
		if (!gap || typeof gap !== 'object') return [];
		const { query, count, last } = gap as Partial<Record<keyof SearchGap, unknown>>;
		if (typeof query !== 'string' || !query.trim() || typeof last !== 'string') return [];
		const times = typeof count === 'number' && Number.isFinite(count) && count >= 1 ? Math.floor(count) : 1;
		return [{ query: query.slice(0, maxQueryChars), count: times, last }];
	});
}

/** The recorded gaps, most frequent first, then most recent. */
export function readGaps(): SearchGap[] {
	return stored.get().sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}

/**
 * `query` with what may identify a customer replaced by a marker, before it
 * is kept or leaves the browser: an email address, a phone or card number, any
 * run of five or more digits.
 * `refund for dana@example.com 4111 1111 1111 1111` → `refund for [email] [number]`
 */
export function redactQuery(query: string): string {
	return query
		.replace(/[^\s@]+@[^\s@]+\.[^\s@]+/g, '[email]')
		.replace(/\+?\d[\d\s().-]{5,}\d/g, (run) => (run.replace(/\D/g, '').length >= 7 ? '[number]' : run))
		.replace(/\d{5,}/g, '[number]');
}

/** Records a query that found nothing (redacted; case and spacing folded). */
export function recordGap(query: string, now = new Date()): void {
	const normalized = redactQuery(query).trim().toLowerCase().replace(/\s+/g, ' ').slice(0, maxQueryChars);
	if (normalized.length < 2) return;
	const gaps = readGaps();
	const known = gaps.find((gap) => gap.query === normalized);
	if (known) {
		known.count++;
		known.last = now.toISOString();
	} else {
		gaps.push({ query: normalized, count: 1, last: now.toISOString() });
	}
	stored.set(gaps.sort((a, b) => b.count - a.count || b.last.localeCompare(a.last)).slice(0, maxGaps));
}

/** Forgets every recorded gap. */
export function clearGaps(): void {
	stored.clear();
}

/**
 * The gaps as CSV, for a spreadsheet. A query that a spreadsheet would run as
 * a formula (`=HYPERLINK(…)`, `+`, `-`, `@`) is written with a leading `'`.
 */
export function gapsCsv(gaps: SearchGap[]): string {
	const cell = (value: string) => `"${(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value).replace(/"/g, '""')}"`;
	return ['query,count,last searched', ...gaps.map((gap) => [cell(gap.query), gap.count, cell(gap.last)].join(','))].join('\n');
}

/**
 * The gaps in a CSV that {@link gapsCsv} wrote (an agent's export): quoted
 * cells, doubled quotes, the formula guard `'` taken off again. Rows that are
 * not a query, a count and a time are skipped.
 */
export function parseGapsCsv(text: string): SearchGap[] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	for (let index = 0; index < text.length; index++) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				cell += '"';
				index++;
			} else if (char === '"') quoted = false;
			else cell += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(cell);
			cell = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') index++;
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += char;
	}
	if (cell || row.length) rows.push([...row, cell]);
	return (
		gapsOf(
			rows.slice(1).flatMap(([query = '', count = '', last = '']) => {
				const unguarded = /^'[=+\-@\t\r]/.test(query) ? query.slice(1) : query;
				return Number.isNaN(Date.parse(last)) ? [] : [{ query: unguarded, count: Number(count), last }];
			}),
		) ?? []
	);
}

/** Several agents' gaps as one list: a query's counts added up, its latest search kept; most frequent first, then most recent. */
export function mergeGaps(...lists: readonly SearchGap[][]): SearchGap[] {
	const merged = new Map<string, SearchGap>();
	for (const gap of lists.flat()) {
		const query = gap.query.trim().toLowerCase().replace(/\s+/g, ' ');
		const known = merged.get(query);
		if (known) {
			known.count += gap.count;
			if (gap.last > known.last) known.last = gap.last;
		} else merged.set(query, { query, count: gap.count, last: gap.last });
	}
	return [...merged.values()].sort((a, b) => b.count - a.count || b.last.localeCompare(a.last));
}

/**
 * Sends one settled search that found nothing to the team's endpoint: a JSON
 * POST of `{ query, page, at }`, the query redacted ({@link redactQuery}).
 * Nothing else is sent, and nothing at all without an endpoint.
 */
export function sendGap(endpoint: string, query: string, page: string, now = new Date()): void {
	const body = JSON.stringify({ query: redactQuery(query).trim().slice(0, maxQueryChars), page, at: now.toISOString() });
	try {
		void fetch(endpoint, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, keepalive: true, mode: 'cors' }).catch(
			() => undefined,
		);
	} catch {
		// An endpoint the browser will not reach: the gap stays in this browser only.
	}
}
