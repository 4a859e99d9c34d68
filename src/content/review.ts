/** One day, in milliseconds. */
export const dayMs = 24 * 60 * 60 * 1000;

/** Whether a page is due for review, and how old its review is. */
export interface ReviewState {
	/** Whole days since `reviewed`. */
	ageDays: number;
	/** True when the age is more than the allowed number of days. */
	due: boolean;
}

/**
 * The review state of a page reviewed on `reviewed`, `now`, when reviews last
 * `reviewAfterDays`; undefined for a page with no review date.
 * (2026-01-01, 180, 2026-11-23) → { ageDays: 326, due: true }
 */
export function reviewState(reviewed: Date | undefined, reviewAfterDays: number, now: Date = new Date()): ReviewState | undefined {
	if (!reviewed || Number.isNaN(reviewed.getTime())) return undefined;
	const ageDays = Math.floor((now.getTime() - reviewed.getTime()) / dayMs);
	return { ageDays, due: ageDays > reviewAfterDays };
}

/** `2026-11-23`: the form authors write in frontmatter. */
export function isoDate(date: Date): string {
	return date.toISOString().slice(0, 10);
}
