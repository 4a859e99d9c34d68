/**
 * Searches that found nothing, kept in this browser (localStorage) so the
 * playbook's owners can see what agents look for and the playbook lacks.
 */

const storageKey = 'rapport:search-gaps';

/** One query that found nothing: how often, and when last. */
export interface SearchGap {
	query: string;
	count: number;
	last: string;
}

/** The recorded gaps, most frequent first. */
export function readGaps(): SearchGap[] {
	try {
		const value: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
		return Array.isArray(value) ? (value as SearchGap[]).sort((a, b) => b.count - a.count || b.last.localeCompare(a.last)) : [];
	} catch {
		return [];
	}
}

/** Records a query that found nothing (case and spacing folded). */
export function recordGap(query: string, now = new Date()): void {
	const normalized = query.trim().toLowerCase().replace(/\s+/g, ' ');
	if (normalized.length < 2) return;
	const gaps = readGaps();
	const known = gaps.find((gap) => gap.query === normalized);
	if (known) {
		known.count++;
		known.last = now.toISOString();
	} else {
		gaps.push({ query: normalized, count: 1, last: now.toISOString() });
	}
	localStorage.setItem(storageKey, JSON.stringify(gaps));
}

/** Forgets every recorded gap. */
export function clearGaps(): void {
	localStorage.removeItem(storageKey);
}

/** The gaps as CSV, for a spreadsheet. */
export function gapsCsv(gaps: SearchGap[]): string {
	const quote = (value: string) => `"${value.replace(/"/g, '""')}"`;
	return ['query,count,last searched', ...gaps.map((gap) => [quote(gap.query), gap.count, gap.last].join(','))].join('\n');
}
